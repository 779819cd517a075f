<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Policy\PermissionRule;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\Bot;
use OCA\Talk\Model\BotConversationMapper;
use OCA\Talk\Model\BotServerMapper;
use OCA\Talk\Service\ParticipantService;
use OCP\AppFramework\Db\DoesNotExistException;

/**
 * Reads a room's participants and enabled bots for registration (checked against Talk 22's
 * ParticipantService::getParticipantsForRoom, Attendee permissions and BotService::getBotsForToken).
 * Two queries per room, so only registration asks: afterwards the guards refuse every new one.
 */
class TalkMembership {
	public function __construct(
		private Manager $manager,
		private ParticipantService $participants,
		private BotConversationMapper $botConversations,
		private BotServerMapper $botServers,
	) {
	}

	/** The room's membership, or null when there is no such room. */
	public function read(string $token): ?RoomMembership {
		try {
			$room = $this->manager->getRoomByToken($token);
		} catch (RoomNotFoundException) {
			return null;
		}
		$outside = [];
		$lobbySkippers = 0;
		foreach ($this->participants->getParticipantsForRoom($room) as $participant) {
			$attendee = $participant->getAttendee();
			if (in_array($attendee->getActorType(), TalkAdapter::OUTSIDE_SOURCES, true)) {
				$outside[$attendee->getActorType()] = true;
			}
			// Own permissions only: the room's default is ServerRoomChecker's `lobby-bypass`.
			$own = $attendee->getPermissions();
			if ($own !== Attendee::PERMISSIONS_DEFAULT && PermissionRule::skipsLobby($own) && !$participant->hasModeratorPermissions()) {
				$lobbySkippers++;
			}
		}
		return new RoomMembership(array_keys($outside), $lobbySkippers, $this->enabledBotUrls($token));
	}

	/** @return list<string> */
	private function enabledBotUrls(string $token): array {
		$urls = [];
		foreach ($this->botConversations->findForToken($token) as $conversation) {
			if ($conversation->getState() === Bot::STATE_DISABLED) {
				continue;
			}
			try {
				$urls[] = $this->botServers->findById($conversation->getBotId())->getUrl();
			} catch (DoesNotExistException) {
				continue; // Talk skips a bot whose server entry is gone too
			}
		}
		return $urls;
	}
}
