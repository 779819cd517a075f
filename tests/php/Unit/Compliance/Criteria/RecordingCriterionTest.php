<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\Criteria\RecordingCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class RecordingCriterionTest extends CriterionTestCase {
	private const SERVERS = '{"servers":[{"server":"https://rec.example.org","verify":true}],"secret":"x"}';

	private function criterion(): RecordingCriterion {
		return new RecordingCriterion($this->reader(), $this->l);
	}

	public function testHoldsWhenTalkCannotRecord(): void {
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status, 'no recording server');
		$this->appConfig->setMixed('spreed', 'recording_servers', self::SERVERS);
		$this->appConfig->setMixed('spreed', 'call_recording', 'no');
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status, 'switched off');
	}

	public function testHoldsWhenEveryoneIsAskedForConsent(): void {
		$this->appConfig->setMixed('spreed', 'recording_servers', self::SERVERS);
		$this->appConfig->setMixed('spreed', 'recording_consent', '1');
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
	}

	public function testFailsWithTheButtonWhenRecordingNeedsNoConsent(): void {
		$this->appConfig->setMixed('spreed', 'recording_servers', self::SERVERS);
		$this->appConfig->setMixed('spreed', 'recording_consent', '2');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] moderators decide per conversation', self::evidence($result)['spreed.recording_consent']);
		$this->assertSame(ComplianceFixes::RECORDING_CONSENT, $result->fix?->action);
	}

	public function testCannotBeReadWhenTheServerListIsBroken(): void {
		$this->appConfig->setMixed('spreed', 'recording_servers', 'not json');
		$this->expectExceptionObject(new UnreadableException('spreed.recording_servers'));
		$this->criterion()->evaluate();
	}
}
