<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\Talk\Events\ABeforeJoinedRoomEvent;
use OCA\Talk\Events\BeforeAttendeesAddedEvent;
use OCA\Talk\Events\BeforeFederatedUserJoinedRoomEvent;
use OCA\Talk\Events\BeforeGuestJoinedRoomEvent;
use OCA\Talk\Events\BeforeUserJoinedRoomEvent;
use OCA\Talk\Events\RoomPasswordVerifyEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\TalkSession;
use OCP\EventDispatcher\Event;
use OCP\IUser;
use OCP\IUserSession;
use OCP\Security\IHasher;

/**
 * Reads Talk's join, password and attendee events as plain JoinAttempts, and refuses them the way Talk
 * allows (checked against Talk 22's ParticipantService::joinRoom / joinRoomAsNewGuest, RoomController::joinRoom
 * and PageController).
 *
 * Who counts as already in (README): Talk's own records decide. A user or federated user is in when
 * they have an attendee entry in the room. A guest is back when Talk's session names an existing guest
 * attendee: Talk stores the guest's actor id in the browser's session after every join
 * (`TalkSession::setGuestActorIdForRoom`), which is what a reload or a dropped connection brings back.
 * An e-mail guest who opened their personal link carries Talk's `getAuthedEmailActorIdForRoom`.
 *
 * Two gaps in Talk's records are filled by the app's own marks (ActorMarkMapper): somebody Talk added
 * to the locked meeting outside its API without an admission is an attendee, but still a newcomer; and
 * a guest Talk cleaned up (no session for 100 s, no name: ParticipantService::cleanGuestParticipants)
 * whose browser session names an actor id that joined before is still a returning guest.
 */
class TalkJoins {
	public function __construct(
		private ParticipantService $participants,
		private TalkSession $talkSession,
		private IUserSession $userSession,
		private IHasher $hasher,
		private ActorMarkMapper $marks,
	) {
	}

	/** The token of the room a join, password or attendee event is about; null for any other event. */
	public static function roomToken(Event $event): ?string {
		if ($event instanceof ABeforeJoinedRoomEvent || $event instanceof BeforeFederatedUserJoinedRoomEvent
			|| $event instanceof RoomPasswordVerifyEvent || $event instanceof BeforeAttendeesAddedEvent) {
			return $event->getRoom()->getToken();
		}
		return null;
	}

	/** Who is joining, for Talk's three "before joined" events; null for any other event. */
	public function readJoin(Event $event): ?JoinAttempt {
		return match (true) {
			$event instanceof BeforeUserJoinedRoomEvent => $this->user($event->getRoom(), $event->getUser()),
			$event instanceof BeforeGuestJoinedRoomEvent => $this->guest($event->getRoom()),
			$event instanceof BeforeFederatedUserJoinedRoomEvent => $this->federatedUser($event->getRoom(), $event->getCloudId()),
			default => null,
		};
	}

	/** Whether this browser entered the room through an e-mail guest's personal link (Talk checked it then). */
	public function cameWithPersonalLink(string $token): bool {
		return $this->talkSession->getAuthedEmailActorIdForRoom($token) !== null;
	}

	/** Who is entering the room's password: the logged-in user, else a guest. */
	public function readPasswordAttempt(RoomPasswordVerifyEvent $event): JoinAttempt {
		$user = $this->userSession->getUser();
		return $user !== null ? $this->user($event->getRoom(), $user) : $this->guest($event->getRoom());
	}

	/**
	 * Cancels the join. Talk answers 404 (the only answer its join endpoint has for a cancelled join) and
	 * throttles the caller. Never call this for an attendee: Talk then removes a user from the room.
	 */
	public static function refuseJoin(Event $event): void {
		if ($event instanceof ABeforeJoinedRoomEvent) {
			$event->setCancelJoin(true);
		} elseif ($event instanceof BeforeFederatedUserJoinedRoomEvent) {
			$event->cancelJoin();
		}
	}

	/** Whether the password entered is the room's: refusals say why only to people who know it. */
	public function passwordMatches(RoomPasswordVerifyEvent $event): bool {
		$room = $event->getRoom();
		return !$room->hasPassword() || $this->hasher->verify($event->getPassword(), $room->getPassword());
	}

	/**
	 * Rejects the password. Talk's public page then sends the browser to `$redirectUrl` instead of showing
	 * its "wrong password" form; the API answers 403 `{error: "password"}`.
	 */
	public static function rejectPassword(RoomPasswordVerifyEvent $event, string $redirectUrl): void {
		$event->setIsPasswordValid(false);
		$event->setRedirectUrl($redirectUrl);
	}

	/**
	 * The people Talk is about to add to a room, as [actor type, actor id] pairs.
	 *
	 * @return list<array{0: string, 1: string}>
	 */
	public static function newAttendees(BeforeAttendeesAddedEvent $event): array {
		$actors = [];
		foreach ($event->getAttendees() as $attendee) {
			$actors[] = [$attendee->getActorType(), $attendee->getActorId()];
		}
		return $actors;
	}

	private function user(Room $room, IUser $user): JoinAttempt {
		try {
			// Session false: whether they are an attendee, not whether they are online.
			$participant = $this->participants->getParticipant($room, $user->getUID(), false);
		} catch (ParticipantNotFoundException) {
			return new JoinAttempt($room->getToken(), JoinAttempt::USER, JoinAttempt::NEWCOMER, false, Attendee::ACTOR_USERS, $user->getUID());
		}
		return $this->attendee($room, JoinAttempt::USER, $participant, Attendee::ACTOR_USERS, $user->getUID());
	}

	private function guest(Room $room): JoinAttempt {
		$token = $room->getToken();
		$returning = $this->talkSession->getGuestActorIdForRoom($token);
		if ($returning !== null) {
			// E-mail guests are stored under their e-mail actor, link guests as guests.
			$participant = $this->find($room, Attendee::ACTOR_GUESTS, $returning) ?? $this->find($room, Attendee::ACTOR_EMAILS, $returning);
			if ($participant !== null) {
				return new JoinAttempt($token, JoinAttempt::GUEST, JoinAttempt::RETURNING_GUEST, $participant->hasModeratorPermissions());
			}
			if ($this->marks->has($token, ActorMarkMapper::GUEST, Attendee::ACTOR_GUESTS, $returning)) {
				return new JoinAttempt($token, JoinAttempt::GUEST, JoinAttempt::RETURNING_GUEST);
			}
		}
		$invited = $this->talkSession->getAuthedEmailActorIdForRoom($token);
		if ($invited !== null) {
			$participant = $this->find($room, Attendee::ACTOR_EMAILS, $invited);
			if ($participant !== null && !$this->isUnadmitted($token, Attendee::ACTOR_EMAILS, $invited)) {
				return new JoinAttempt($token, JoinAttempt::GUEST, JoinAttempt::INVITED_GUEST, $participant->hasModeratorPermissions());
			}
		}
		return new JoinAttempt($token, JoinAttempt::GUEST, JoinAttempt::NEWCOMER);
	}

	private function federatedUser(Room $room, string $cloudId): JoinAttempt {
		$participant = $this->find($room, Attendee::ACTOR_FEDERATED_USERS, $cloudId);
		if ($participant === null) {
			return new JoinAttempt($room->getToken(), JoinAttempt::FEDERATED, JoinAttempt::NEWCOMER);
		}
		return $this->attendee($room, JoinAttempt::FEDERATED, $participant, Attendee::ACTOR_FEDERATED_USERS, $cloudId);
	}

	/** An attendee is in, unless Talk added them to the locked meeting without an admission. */
	private function attendee(Room $room, string $kind, Participant $participant, string $actorType, string $actorId): JoinAttempt {
		$token = $room->getToken();
		if ($this->isUnadmitted($token, $actorType, $actorId)) {
			return new JoinAttempt($token, $kind, JoinAttempt::NEWCOMER, $participant->hasModeratorPermissions(), $actorType, $actorId);
		}
		return new JoinAttempt($token, $kind, JoinAttempt::ATTENDEE, $participant->hasModeratorPermissions());
	}

	private function isUnadmitted(string $token, string $actorType, string $actorId): bool {
		return $this->marks->has($token, ActorMarkMapper::UNADMITTED, $actorType, $actorId);
	}

	private function find(Room $room, string $actorType, string $actorId): ?Participant {
		try {
			return $this->participants->getParticipantByActor($room, $actorType, $actorId);
		} catch (ParticipantNotFoundException) {
			return null;
		}
	}
}
