<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance;

use OCA\SafeMeeting\Compliance\PolicyFacts;
use OCA\SafeMeeting\Policy\DefaultPolicy;

/**
 * What the organisation policy permits any safe meeting, read through the catalogue's thresholds.
 */
class PolicyFactsTest extends CriterionTestCase {
	public function testTheBuiltInPolicyPermitsPasswordGuestsButNoRecordingAndKeepsChatsAtMostFourWeeks(): void {
		$facts = new PolicyFacts($this->policyService(DefaultPolicy::get()));

		$this->assertTrue($facts->permits('guestAccess', 'password'));
		$this->assertTrue($facts->permits('guestAccess', 'none'), 'stricter than the threshold is always permitted');
		$this->assertFalse($facts->permits('recording', 'with-consent'), 'locked to "blocked"');
		$this->assertSame(2419200, $facts->longest('chatExpiry'));
		$this->assertSame(90, $facts->longest('fileRetentionDays'));
		$this->assertTrue($facts->permits('fileRetentionDays', 90));
		$this->assertFalse($facts->permits('fileRetentionDays', 91));
	}

	public function testAThresholdOfNeverMeansKeptForeverAndALockedRuleOnlyItsDefault(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['chatExpiry'] = ['default' => 604800, 'threshold' => 0, 'locked' => false];
		$policy['settings']['recording'] = ['default' => 'with-consent', 'threshold' => 'with-consent', 'locked' => true];
		$policy['settings']['meetingRetentionDays'] = ['default' => 30, 'threshold' => 180, 'locked' => true];
		$facts = new PolicyFacts($this->policyService($policy));

		$this->assertSame(0, $facts->longest('chatExpiry'));
		$this->assertTrue($facts->permits('recording', 'with-consent'));
		$this->assertFalse($facts->permits('recording', 'blocked'), 'locked: only the default');
		$this->assertSame(30, $facts->longest('meetingRetentionDays'));
	}

	public function testASettingThePolicyLacksPermitsNothing(): void {
		$policy = DefaultPolicy::get();
		unset($policy['settings']['chatExpiry']);
		$facts = new PolicyFacts($this->policyService($policy));

		$this->assertNull($facts->longest('chatExpiry'));
		$this->assertNull($facts->longest('noSuchSetting'));
		$this->assertFalse($facts->permits('noSuchSetting', 'x'));
	}
}
