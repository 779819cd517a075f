<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\Criteria\AccessProtectionCriterion;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class AccessProtectionCriterionTest extends CriterionTestCase {
	private function criterion(bool $roomsReadable = true): AccessProtectionCriterion {
		return new AccessProtectionCriterion($this->reader(), $roomsReadable ? $this->rooms() : $this->missingRooms(), $this->links(), $this->l);
	}

	public function testHoldsWhenPasswordsAreForcedAndNoRoomIsOpen(): void {
		$this->appConfig->setMixed('spreed', 'force_passwords', '1');
		$this->talkRooms->add('withpass', ['password' => '$2y$hash', 'lobby_state' => 1]);
		$this->talkRooms->add('private1', ['type' => 2]);

		$result = $this->criterion()->evaluate();

		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame(['spreed.force_passwords' => '[t] yes', 'rooms.publicWithoutPassword' => '0', 'rooms.listable' => '0'], self::evidence($result));
	}

	public function testFailsWithTheOneClickFixWhileTalkDoesNotForcePasswords(): void {
		$result = $this->criterion()->evaluate();

		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] no', self::evidence($result)['spreed.force_passwords']);
		$this->assertSame(Fix::ACTION, $result->fix?->kind);
		$this->assertSame(ComplianceFixes::FORCE_PASSWORDS, $result->fix->action);
		$this->assertSame('occ config:app:set spreed force_passwords --value=1', $result->fix->setting);
	}

	public function testReadsTalksBooleanSpellingsLikeTalkDoes(): void {
		$this->appConfig->setValueBool('spreed', 'force_passwords', true);
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
		$this->appConfig->setMixed('spreed', 'force_passwords', 'no');
		$this->assertSame(Status::FAILS, $this->criterion()->evaluate()->status);
	}

	public function testFailsForOldRoomsWithoutPasswordOrListedEvenWhenPasswordsAreForced(): void {
		$this->appConfig->setMixed('spreed', 'force_passwords', '1');
		$this->talkRooms->add('nopass01', ['password' => '']);
		$this->talkRooms->add('nullpass', ['password' => null]);
		$this->talkRooms->add('listed01', ['type' => 2, 'listable' => 2]);

		$result = $this->criterion()->evaluate();

		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('2', self::evidence($result)['rooms.publicWithoutPassword']);
		$this->assertSame('1', self::evidence($result)['rooms.listable']);
		$this->assertSame(Fix::LINK, $result->fix?->kind);
		$this->assertSame('/index.php/settings/admin/talk', $result->fix->url);
	}

	public function testCannotBeReadWithoutTalk(): void {
		$this->enabledApps = [];
		$this->expectExceptionObject(new UnreadableException('apps.spreed'));
		$this->criterion()->evaluate();
	}

	public function testCannotBeReadWhenTalksRoomsCannotBeRead(): void {
		$this->appConfig->setMixed('spreed', 'force_passwords', '1');
		try {
			$this->criterion(roomsReadable: false)->evaluate();
			$this->fail('expected UnreadableException');
		} catch (UnreadableException $e) {
			$this->assertSame('rooms', $e->source);
		}
	}
}
