<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\Criteria\PrivacyDefaultsCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class PrivacyDefaultsCriterionTest extends CriterionTestCase {
	private function criterion(): PrivacyDefaultsCriterion {
		return new PrivacyDefaultsCriterion($this->reader(), $this->links(), $this->l);
	}

	public function testHoldsWhenCallsStartWithoutMediaAndWithoutDialIn(): void {
		$this->appConfig->setValueBool('spreed', 'calls_start_without_media', true);
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
	}

	public function testFailsWithTheButtonWhileCallsStartWithMedia(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame(ComplianceFixes::CALLS_WITHOUT_MEDIA, $result->fix?->action);
	}

	public function testFailsWhenNewConversationsGetDialIn(): void {
		$this->appConfig->setValueBool('spreed', 'calls_start_without_media', true);
		$this->appConfig->setMixed('spreed', 'sip_dialin_default', '2');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('occ config:app:delete spreed sip_dialin_default', $result->fix?->setting);
	}

	public function testCannotBeReadWithoutTalk(): void {
		$this->enabledApps = [];
		$this->expectExceptionObject(new UnreadableException('apps.spreed'));
		$this->criterion()->evaluate();
	}
}
