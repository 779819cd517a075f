<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\PhoneDialInCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class PhoneDialInCriterionTest extends CriterionTestCase {
	private function criterion(bool $readable = true): PhoneDialInCriterion {
		return new PhoneDialInCriterion($this->reader(), $readable ? $this->rooms() : $this->missingRooms(), $this->links(), $this->l);
	}

	public function testHoldsWithoutDialIn(): void {
		$this->talkRooms->add('nopin001', ['sip_enabled' => 2]);
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status, 'without a SIP bridge nobody can dial in');
	}

	public function testHoldsWhenEveryDialInNeedsAPinAndNeverShowsTheSecret(): void {
		$this->appConfig->setMixed('spreed', 'sip_bridge_shared_secret', 'very-secret');
		$this->talkRooms->add('withpin1', ['sip_enabled' => 1]);
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertStringNotContainsString('very-secret', json_encode(self::evidence($result)));
	}

	public function testFailsForARoomWithoutPin(): void {
		$this->appConfig->setMixed('spreed', 'sip_bridge_shared_secret', 'very-secret');
		$this->talkRooms->add('nopin001', ['sip_enabled' => 2]);
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('1', self::evidence($result)['rooms.sipWithoutPin']);
	}

	public function testCannotBeReadWithoutTalksRooms(): void {
		$this->appConfig->setMixed('spreed', 'sip_bridge_shared_secret', 'very-secret');
		$this->expectExceptionObject(new UnreadableException('rooms'));
		$this->criterion(readable: false)->evaluate();
	}
}
