<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\IUser;

/**
 * A safe meeting the user may lock, unlock, admit to and end: they must moderate its room in Talk now
 * (owners and moderators; Talk's roles change, so Talk is asked every time).
 */
class ModeratedMeetings {
	public function __construct(
		private MeetingMapper $mapper,
		private TalkLocator $talk,
	) {
	}

	/**
	 * @throws RoomNotFoundException not a safe meeting, no such room, or the user is no participant (one
	 *                               answer for all three, so tokens cannot be probed)
	 * @throws NotModeratorException a participant, but not an owner or moderator
	 * @throws TalkUnavailableException
	 */
	public function find(IUser $user, string $token): Meeting {
		if (preg_match(MeetingService::TOKEN_PATTERN, $token) !== 1) {
			throw new RoomNotFoundException('Not a token');
		}
		try {
			$meeting = $this->mapper->findByToken($token);
		} catch (DoesNotExistException $e) {
			throw new RoomNotFoundException('Not a safe meeting', 0, $e);
		}
		$room = $this->talk->get(TalkAdapter::class, $user)->getRoomState($token, $user->getUID());
		if ($room === null) {
			throw new RoomNotFoundException('Not a participant');
		}
		if (!$room->moderatedByUser) {
			throw new NotModeratorException();
		}
		return $meeting;
	}
}
