<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Talk\TalkModeration;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException as TalkRoomNotFoundException;
use OCA\Talk\GuestManager;
use OCA\Talk\Manager;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\Session;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\Service\RoomService;
use OCP\IUser;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class TalkModerationTest extends TestCase {
	private Manager&MockObject $manager;
	private ParticipantService&MockObject $participants;
	private GuestManager&MockObject $guests;
	private RoomService&MockObject $rooms;
	private Room&MockObject $room;
	private TalkModeration $talk;

	protected function setUp(): void {
		$this->manager = $this->createMock(Manager::class);
		$this->participants = $this->createMock(ParticipantService::class);
		$this->guests = $this->createMock(GuestManager::class);
		$this->room = $this->createMock(Room::class);
		$this->room->method('getToken')->willReturn('abcd1234');
		$this->manager->method('getRoomByToken')->willReturnCallback(fn (string $token) => $token === 'abcd1234' ? $this->room : throw new TalkRoomNotFoundException());
		$this->rooms = $this->createMock(RoomService::class);
		$this->talk = new TalkModeration($this->manager, $this->participants, $this->guests, $this->rooms);
	}

	/** @param bool $session whether this entry has a session; $inCall its call flags then */
	private function participant(string $type, string $id, int $participantType, bool $session = false, int $inCall = Participant::FLAG_IN_CALL): Participant&MockObject {
		$attendee = new Attendee();
		$attendee->setActorType($type);
		$attendee->setActorId($id);
		$attendee->setParticipantType($participantType);
		$participant = $this->createMock(Participant::class);
		$participant->method('getAttendee')->willReturn($attendee);
		if ($session) {
			$talkSession = new Session();
			$talkSession->setInCall($inCall);
		}
		$participant->method('getSession')->willReturn($talkSession ?? null);
		return $participant;
	}

	public function testFindsTheRoomsTheUserOwnsOrModeratesInOneQuery(): void {
		$rooms = [];
		$attendees = [];
		foreach (['owned000' => Participant::OWNER, 'moder000' => Participant::MODERATOR, 'member00' => Participant::USER, 'viaLink0' => Participant::USER_SELF_JOINED] as $token => $type) {
			$room = $this->createMock(Room::class);
			$room->method('getToken')->willReturn($token);
			// Room::getParticipant() is deprecated in Talk; its ParticipantService is asked instead.
			$room->expects($this->never())->method('getParticipant');
			$rooms[] = $room;
			$attendees[] = [$room, 'alice', false, $this->participant('users', 'alice', $type)];
		}
		$this->manager->expects($this->once())->method('getRoomsForUser')->with('alice')->willReturn($rooms);
		$this->participants->method('getParticipant')->willReturnMap($attendees);

		$this->assertSame(['owned000', 'moder000'], $this->talk->moderatedRoomTokens('alice'));
	}

	/** @return array<string, array{0: list<array{0: string, 1: string, 2: int, 3: bool, 4?: int}>, 1: bool}> */
	public static function rooms(): array {
		$owner = ['users', 'alice', Participant::OWNER, false];
		return [
			'everybody invited is in' => [[$owner, ['users', 'bob', Participant::USER, true], ['emails', 'h1', Participant::GUEST, true], ['federated_users', 'erin@x', Participant::USER, true]], true],
			'an invited user has not come yet' => [[$owner, ['users', 'bob', Participant::USER, true], ['users', 'carol', Participant::USER, false]], false],
			'an e-mail guest has not come yet' => [[$owner, ['users', 'bob', Participant::USER, true], ['emails', 'h1', Participant::GUEST, false]], false],
			'an invited moderator has not come yet' => [[$owner, ['users', 'bob', Participant::USER, true], ['users', 'mod', Participant::MODERATOR, false]], false],
			'one of two sessions counts' => [[$owner, ['users', 'bob', Participant::USER, false], ['users', 'bob', Participant::USER, true]], true],
			'having the conversation open is not being in the call' => [[$owner, ['users', 'bob', Participant::USER, true], ['users', 'carol', Participant::USER, true, Participant::FLAG_DISCONNECTED]], false],
			'in the call on another device' => [[$owner, ['users', 'bob', Participant::USER, true, Participant::FLAG_DISCONNECTED], ['users', 'bob', Participant::USER, true]], true],
			'the owner is not waited for' => [[$owner, ['users', 'bob', Participant::USER, true]], true],
			'link guests and link users are not invitees' => [[$owner, ['users', 'bob', Participant::USER, true], ['guests', 'g1', Participant::GUEST, false], ['users', 'mallory', Participant::USER_SELF_JOINED, false]], true],
			'group entries are not people' => [[$owner, ['groups', 'staff', Participant::USER, false], ['users', 'bob', Participant::USER, true]], true],
			'nobody but the owner was invited' => [[$owner, ['guests', 'g1', Participant::GUEST, true]], false],
		];
	}

	/** @dataProvider rooms */
	public function testSaysWhetherEveryoneInvitedIsInTheCall(array $entries, bool $everyone): void {
		$this->participants->method('getSessionsAndParticipantsForRoom')->with($this->room)
			->willReturn(array_map(fn (array $e) => $this->participant(...$e), $entries));

		$this->assertSame($everyone, $this->talk->everyoneInvitedIsIn('abcd1234'));
	}

	public function testMakesUsersWhoJoinedByTheLinkPermanentParticipants(): void {
		$link = $this->participant('users', 'mallory', Participant::USER_SELF_JOINED);
		$this->participants->method('getParticipantsForRoom')->willReturn([$this->participant('users', 'bob', Participant::USER), $link, $this->participant('guests', 'g', Participant::GUEST)]);
		$this->participants->expects($this->once())->method('updateParticipantType')->with($this->room, $link, Participant::USER);

		$this->assertSame(1, $this->talk->keepSelfJoinedUsers('abcd1234'));
	}

	public function testInvitesAnEmailGuestAsTalkDoes(): void {
		$invited = $this->participant('emails', hash('sha256', 'dave@example.com'), Participant::GUEST);
		$this->participants->expects($this->once())->method('inviteEmailAddress')->with($this->room, hash('sha256', 'dave@example.com'), 'dave@example.com')->willReturn($invited);
		$this->guests->expects($this->once())->method('sendEmailInvitation')->with($this->room, $invited);

		$this->talk->inviteEmail('abcd1234', 'Dave@Example.COM');
	}

	public function testAddsAUserAsARegularParticipant(): void {
		$carol = $this->createMock(IUser::class);
		$carol->method('getUID')->willReturn('carol');
		$carol->method('getDisplayName')->willReturn('Carol');
		$this->participants->expects($this->once())->method('addUsers')->with($this->room, [['actorType' => 'users', 'actorId' => 'carol', 'displayName' => 'Carol', 'participantType' => Participant::USER]], null);

		$this->talk->addUser('abcd1234', $carol, null);
	}

	public function testEndsARunningCallForEveryoneAsTalkDoesAndAsksWhoIsAParticipant(): void {
		$calls = [];
		$this->rooms->expects($this->once())->method('resetActiveSinceInDatabaseOnly')->with($this->room)->willReturnCallback(function () use (&$calls): bool {
			$calls[] = 'call marked over in the database';
			return true;
		});
		$this->participants->expects($this->once())->method('endCallForEveryone')->with($this->room, null)->willReturnCallback(function () use (&$calls): void {
			$calls[] = 'everybody leaves the call';
		});
		$this->rooms->expects($this->once())->method('resetActiveSinceInModelOnly')->with($this->room)->willReturnCallback(function () use (&$calls): void {
			$calls[] = 'call marked over in the room object';
		});
		$this->participants->method('getParticipantByActor')->willReturnCallback(fn (Room $r, string $type, string $id) => $id === 'bob' ? $this->participant('users', 'bob', Participant::USER) : throw new ParticipantNotFoundException());

		$this->assertTrue($this->talk->endCallForEveryone('abcd1234'));

		// Talk's CallController order: Talk's "call ended" event still reads the start from the room object.
		$this->assertSame(['call marked over in the database', 'everybody leaves the call', 'call marked over in the room object'], $calls);
		$this->assertTrue($this->talk->isParticipant('abcd1234', 'users', 'bob'));
		$this->assertFalse($this->talk->isParticipant('abcd1234', 'users', 'carol'));
	}

	public function testWithoutARunningCallNothingIsEnded(): void {
		// No call (Talk's "call ended" event cannot even be built without a start), or another moderator won.
		$this->rooms->method('resetActiveSinceInDatabaseOnly')->willReturn(false);
		$this->participants->expects($this->never())->method('endCallForEveryone');
		$this->rooms->expects($this->never())->method('resetActiveSinceInModelOnly');

		$this->assertFalse($this->talk->endCallForEveryone('abcd1234'));
	}

	public function testAMissingRoomIsOurOwnException(): void {
		$this->expectException(RoomNotFoundException::class);
		$this->talk->endCallForEveryone('gone0000');
	}
}
