<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Talk\RoomMembership;
use OCA\SafeMeeting\Talk\TalkMembership;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\Bot;
use OCA\Talk\Model\BotConversation;
use OCA\Talk\Model\BotConversationMapper;
use OCA\Talk\Model\BotServer;
use OCA\Talk\Model\BotServerMapper;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCP\AppFramework\Db\DoesNotExistException;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

/**
 * Reading who and what a room holds from Talk's real participant, attendee and bot classes.
 */
class TalkMembershipTest extends TestCase {
	private Room&MockObject $room;
	private ParticipantService&MockObject $participants;
	private BotConversationMapper&MockObject $botConversations;
	private BotServerMapper&MockObject $botServers;
	private TalkMembership $membership;

	protected function setUp(): void {
		$this->room = $this->createMock(Room::class);
		$manager = $this->createMock(Manager::class);
		$manager->method('getRoomByToken')->willReturnCallback(fn (string $token): Room => $token === 'abcd1234' ? $this->room : throw new RoomNotFoundException());
		$this->participants = $this->createMock(ParticipantService::class);
		$this->botConversations = $this->createMock(BotConversationMapper::class);
		$this->botServers = $this->createMock(BotServerMapper::class);
		$this->membership = new TalkMembership($manager, $this->participants, $this->botConversations, $this->botServers);
	}

	private function participant(string $actorType, int $participantType, int $permissions = Attendee::PERMISSIONS_DEFAULT): Participant {
		$attendee = new Attendee();
		$attendee->setActorType($actorType);
		$attendee->setActorId('someone');
		$attendee->setParticipantType($participantType);
		$attendee->setPermissions($permissions);
		return new Participant($this->room, $attendee, null);
	}

	private function botIn(int $botId, int $state): BotConversation {
		$conversation = new BotConversation();
		$conversation->setBotId($botId);
		$conversation->setToken('abcd1234');
		$conversation->setState($state);
		return $conversation;
	}

	public function testReadsPeopleFromOutsideLobbySkippersAndEnabledBots(): void {
		$this->participants->method('getParticipantsForRoom')->with($this->room)->willReturn([
			$this->participant(Attendee::ACTOR_USERS, Participant::OWNER, 255),
			$this->participant(Attendee::ACTOR_USERS, Participant::USER),
			// Custom permissions (bit 1) with "ignore the lobby" (bit 8), not a moderator.
			$this->participant(Attendee::ACTOR_USERS, Participant::USER, 1 | 8 | 4),
			$this->participant(Attendee::ACTOR_EMAILS, Participant::GUEST),
			$this->participant(Attendee::ACTOR_EMAILS, Participant::GUEST),
			$this->participant(Attendee::ACTOR_PHONES, Participant::USER),
			$this->participant(Attendee::ACTOR_GUESTS, Participant::GUEST),
			$this->participant(Attendee::ACTOR_GROUPS, Participant::USER),
		]);
		$this->botConversations->method('findForToken')->with('abcd1234')->willReturn([
			$this->botIn(1, Bot::STATE_ENABLED),
			$this->botIn(2, Bot::STATE_DISABLED),
			$this->botIn(3, Bot::STATE_NO_SETUP),
			$this->botIn(4, Bot::STATE_ENABLED),
		]);
		$this->botServers->method('findById')->willReturnCallback(function (int $id): BotServer {
			if ($id === 4) {
				throw new DoesNotExistException('gone');
			}
			$server = new BotServer();
			$server->setUrl([1 => 'nextcloudapp://safe_meeting', 2 => 'https://off.example.org', 3 => 'https://bots.example.org/hook'][$id]);
			return $server;
		});

		$this->assertEquals(new RoomMembership(['emails', 'phones'], 1, ['nextcloudapp://safe_meeting', 'https://bots.example.org/hook']), $this->membership->read('abcd1234'));
	}

	public function testAModeratorWithAllPermissionsIsNoLobbySkipper(): void {
		$this->participants->method('getParticipantsForRoom')->willReturn([$this->participant(Attendee::ACTOR_USERS, Participant::MODERATOR, 255)]);
		$this->botConversations->method('findForToken')->willReturn([]);

		$this->assertSame(0, $this->membership->read('abcd1234')?->lobbySkippers);
	}

	public function testNoSuchRoomIsNull(): void {
		$this->assertNull($this->membership->read('gone0000'));
	}
}
