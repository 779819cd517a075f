<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\Criteria\StorageLimitationCriterion;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class StorageLimitationCriterionTest extends CriterionTestCase {
	private function criterion(?array $policy = null): StorageLimitationCriterion {
		return new StorageLimitationCriterion($this->reader(), $this->policyService($policy ?? DefaultPolicy::get()), $this->links(), $this->l);
	}

	public function testHoldsWithTalksRetentionDefaultsAndTheBuiltInPolicy(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('28', self::evidence($result)['spreed.retention_event_rooms']);
		$this->assertSame('604800', self::evidence($result)['policy.settings.chatExpiry']);
	}

	public function testFailsWhenTalkKeepsEventRoomsForeverAndNamesTheSetting(): void {
		$this->appConfig->setMixed('spreed', 'retention_event_rooms', '0');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('occ config:app:set spreed retention_event_rooms --value=28', $result->fix?->setting);
		$this->assertSame(Fix::ACTION, $result->fix->kind);
		$this->assertSame(ComplianceFixes::TALK_RETENTION, $result->fix->action);
	}

	public function testFailsWhenThePolicyKeepsChatsForever(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['chatExpiry']['default'] = 0;
		$result = $this->criterion($policy)->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('/index.php/settings/admin/safe_meeting', $result->fix?->url);
	}

	public function testCannotBeReadWhenARetentionIsNoNumber(): void {
		$this->appConfig->setMixed('spreed', 'retention_phone_rooms', 'seven');
		$this->expectExceptionObject(new UnreadableException('spreed.retention_phone_rooms'));
		$this->criterion()->evaluate();
	}
}
