<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\EndToEndEncryptionCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class EndToEndEncryptionCriterionTest extends CriterionTestCase {
	private function criterion(): EndToEndEncryptionCriterion {
		return new EndToEndEncryptionCriterion($this->reader(), $this->links(), $this->l);
	}

	public function testHoldsWithTheHighPerformanceBackendAndEncryptionOn(): void {
		$this->appConfig->setMixed('spreed', 'signaling_servers', '{"servers":[{"server":"wss://hpb.example.org","verify":true}],"secret":"x"}');
		$this->appConfig->setMixed('spreed', 'call_end_to_end_encryption', '1');
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
	}

	public function testFailsWithoutTheHighPerformanceBackend(): void {
		$this->appConfig->setMixed('spreed', 'call_end_to_end_encryption', '1');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] End-to-end encryption needs the High-performance backend, which is not configured.', $result->summary);
	}

	public function testFailsWhileSwitchedOff(): void {
		$this->appConfig->setMixed('spreed', 'signaling_servers', '{"servers":[{"server":"wss://hpb.example.org"}]}');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] off', self::evidence($result)['spreed.call_end_to_end_encryption']);
	}

	public function testCannotBeReadWithoutTalk(): void {
		$this->enabledApps = [];
		$this->expectExceptionObject(new UnreadableException('apps.spreed'));
		$this->criterion()->evaluate();
	}
}
