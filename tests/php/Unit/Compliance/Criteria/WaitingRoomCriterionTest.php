<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\WaitingRoomCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class WaitingRoomCriterionTest extends CriterionTestCase {
	private function criterion(bool $readable = true): WaitingRoomCriterion {
		return new WaitingRoomCriterion($this->reader(), $readable ? $this->rooms() : $this->missingRooms(), $this->links(), $this->l);
	}

	public function testHoldsWhenEveryGuestRoomHasALobby(): void {
		$this->talkRooms->add('guests01', ['lobby_state' => 1]);
		$this->talkRooms->add('private1', ['type' => 2, 'lobby_state' => 0]);
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame(['rooms.public' => '1', 'rooms.publicWithoutLobby' => '0'], self::evidence($result));
	}

	public function testFailsForAGuestRoomWithoutLobby(): void {
		$this->talkRooms->add('guests01', ['lobby_state' => 1]);
		$this->talkRooms->add('guests02', ['lobby_state' => 0]);
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('1', self::evidence($result)['rooms.publicWithoutLobby']);
	}

	public function testCannotBeReadWithoutTalksRooms(): void {
		$this->expectExceptionObject(new UnreadableException('rooms'));
		$this->criterion(readable: false)->evaluate();
	}
}
