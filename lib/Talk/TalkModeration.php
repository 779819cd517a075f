<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException as TalkRoomNotFoundException;
use OCA\Talk\GuestManager;
use OCA\Talk\Manager;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\Service\RoomService;
use OCP\IUser;

/**
 * What locking, admitting and ending need to do in Talk, through Talk's own services (checked against
 * Talk 22), so Talk fires its events and tells its clients as for its own actions.
 */
class TalkModeration {
	/** Participant types that are owners or logged-in moderators. */
	private const MODERATOR_TYPES = [Participant::OWNER, Participant::MODERATOR];
	/** Actor types of people who are invited by name (groups and circles are expanded into users by Talk). */
	private const INVITED_ACTOR_TYPES = [Attendee::ACTOR_USERS, Attendee::ACTOR_EMAILS, Attendee::ACTOR_FEDERATED_USERS];

	public function __construct(
		private Manager $manager,
		private ParticipantService $participants,
		private GuestManager $guests,
		private RoomService $rooms,
	) {
	}

	/**
	 * The tokens of every room the user owns or moderates, in one query (Talk loads the user's attendee
	 * with each room), so "my safe meetings" needs no query per meeting.
	 *
	 * @return list<string>
	 */
	public function moderatedRoomTokens(string $userId): array {
		$tokens = [];
		foreach ($this->manager->getRoomsForUser($userId) as $room) {
			try {
				// Talk already holds this attendee with the room, so this asks the database nothing.
				if (in_array($this->participants->getParticipant($room, $userId, false)->getAttendee()->getParticipantType(), self::MODERATOR_TYPES, true)) {
					$tokens[] = $room->getToken();
				}
			} catch (ParticipantNotFoundException) {
			}
		}
		return $tokens;
	}

	/** @throws RoomNotFoundException */
	public function isParticipant(string $token, string $actorType, string $actorId): bool {
		try {
			$this->participants->getParticipantByActor($this->room($token), $actorType, $actorId);
			return true;
		} catch (ParticipantNotFoundException) {
			return false;
		}
	}

	/**
	 * Adds a user as a regular participant (Talk notifies them). Fires Talk's BeforeAttendeesAddedEvent.
	 *
	 * @throws RoomNotFoundException
	 */
	public function addUser(string $token, IUser $user, ?IUser $addedBy): void {
		$this->participants->addUsers($this->room($token), [[
			'actorType' => Attendee::ACTOR_USERS,
			'actorId' => $user->getUID(),
			'displayName' => $user->getDisplayName(),
			'participantType' => Participant::USER,
		]], $addedBy);
	}

	/**
	 * Invites an e-mail guest the way Talk's "add participant" does (lower-cased address, SHA-256 actor id)
	 * and mails them their personal link.
	 *
	 * @throws RoomNotFoundException
	 * @throws \InvalidArgumentException Talk could not send the invitation
	 */
	public function inviteEmail(string $token, string $email): void {
		$room = $this->room($token);
		$email = strtolower($email);
		$participant = $this->participants->inviteEmailAddress($room, self::emailActorId($email), $email);
		$this->guests->sendEmailInvitation($room, $participant);
	}

	/** Talk's actor id of an e-mail guest. */
	public static function emailActorId(string $email): string {
		return hash('sha256', strtolower($email));
	}

	/**
	 * Ends the call for everyone, as Talk's own "end call for everyone" does (CallController::leaveCall,
	 * MaximumCallDuration): the call is marked over in the database first, and only whoever does that ends
	 * it, so a call ends once however many end it at the same moment; everybody stays in the room.
	 *
	 * @return bool whether a call was running and this ended it
	 * @throws RoomNotFoundException
	 */
	public function endCallForEveryone(string $token): bool {
		$room = $this->room($token);
		if (!$this->rooms->resetActiveSinceInDatabaseOnly($room)) {
			return false; // no call, or somebody else ended it just now
		}
		$this->participants->endCallForEveryone($room, null);
		$this->rooms->resetActiveSinceInModelOnly($room);
		return true;
	}

	/**
	 * Makes users who joined a public room by its link permanent participants. Talk removes such a user
	 * when their last session ends, so after a dropped connection they would count as newcomers and stay
	 * outside a locked meeting.
	 *
	 * @return int how many were made permanent
	 * @throws RoomNotFoundException
	 */
	public function keepSelfJoinedUsers(string $token): int {
		$room = $this->room($token);
		$count = 0;
		foreach ($this->participants->getParticipantsForRoom($room) as $participant) {
			if ($participant->getAttendee()->getParticipantType() === Participant::USER_SELF_JOINED) {
				$this->participants->updateParticipantType($room, $participant, Participant::USER);
				$count++;
			}
		}
		return $count;
	}

	/**
	 * Whether everybody invited by name is in the call now: users (except the owner and people who joined
	 * by link), e-mail guests and federated users each with at least one session in the call. Having the
	 * conversation open is not enough: invitees often read the chat before the meeting, and locking then
	 * would shut the guest link before the meeting began. False when nobody but the owner was invited:
	 * then "everybody" is open-ended (guests by link) and nothing locks by itself.
	 *
	 * @throws RoomNotFoundException
	 */
	public function everyoneInvitedIsIn(string $token): bool {
		$present = [];
		foreach ($this->participants->getSessionsAndParticipantsForRoom($this->room($token)) as $participant) {
			$attendee = $participant->getAttendee();
			if (!in_array($attendee->getActorType(), self::INVITED_ACTOR_TYPES, true)
				|| in_array($attendee->getParticipantType(), [Participant::OWNER, Participant::USER_SELF_JOINED], true)) {
				continue;
			}
			// One entry per session: an attendee is in when any of their entries has one.
			$key = $attendee->getActorType() . '/' . $attendee->getActorId();
			$present[$key] = ($present[$key] ?? false) || ($participant->getSession()?->getInCall() ?? Participant::FLAG_DISCONNECTED) !== Participant::FLAG_DISCONNECTED;
		}
		return $present !== [] && !in_array(false, $present, true);
	}

	/** @throws RoomNotFoundException */
	private function room(string $token): Room {
		try {
			return $this->manager->getRoomByToken($token);
		} catch (TalkRoomNotFoundException $e) {
			throw new RoomNotFoundException('Talk room not found', 0, $e);
		}
	}
}
