<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\AlreadyRegisteredException;
use OCA\SafeMeeting\Exception\InvalidPlanException;
use OCA\SafeMeeting\Exception\MeetingNotFoundException;
use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RoomMismatchException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Exception\RoomStillExistsException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Policy\GuestRule;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Policy\MembershipChecker;
use OCA\SafeMeeting\Policy\PlanShape;
use OCA\SafeMeeting\Policy\PlanValidator;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\ServerRoomChecker;
use OCA\SafeMeeting\Policy\Violation;
use OCA\SafeMeeting\Retention\RetentionRules;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkMembership;
use OCA\SafeMeeting\Talk\TalkModeration;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\DB\Exception as DBException;
use OCP\IUser;
use Psr\Log\LoggerInterface;

/**
 * The registry of safe meetings: a Talk room is registered only when its plan obeys the
 * caller's effective policy and the room, as Talk has it now, matches the plan.
 *
 * Talk is needed for registering only: the Talk adapter is resolved when a room is registered, so listing
 * (and this class) works while Talk is disabled.
 */
class MeetingService {
	/** Talk room tokens (Talk generates 8 characters of [a-z0-9]; openapi.json allows 4–30). */
	public const TOKEN_PATTERN = '/^[a-z0-9]{4,30}$/';

	public function __construct(
		private MeetingMapper $mapper,
		private PolicyService $policyService,
		private PlanShape $planShape,
		private PlanValidator $planValidator,
		private RoomChecker $roomChecker,
		private ServerRoomChecker $serverRoomChecker,
		private TalkLocator $talk,
		private ITimeFactory $timeFactory,
		private LoggerInterface $logger,
		private RegisteredRoomLookup $registeredRooms,
		private AdmissionMapper $admissions,
		private ActorMarkMapper $marks,
	) {
	}

	/**
	 * `$password` is the guest password the room was created with (never stored): Talk keeps only its hash,
	 * so this is the one moment its length can be checked. It must be the room's password (checked
	 * against Talk's hash) and as long as the plan says.
	 *
	 * @throws TalkUnavailableException
	 * @throws InvalidPlanException token or plan malformed, or the plan breaks the user's policy
	 * @throws RoomNotFoundException no such room, or the user is not a participant
	 * @throws NotModeratorException a participant, but not an owner or moderator
	 * @throws RoomMismatchException
	 * @throws AlreadyRegisteredException
	 */
	public function register(IUser $user, mixed $token, mixed $plan, #[\SensitiveParameter] mixed $password = null): Meeting {
		$talk = $this->talk($user);
		$violations = [];
		if (!is_string($token) || preg_match(self::TOKEN_PATTERN, $token) !== 1) {
			$violations[] = new Violation('token', $token === null ? 'required' : 'invalid');
		}
		if ($password !== null && !is_string($password)) {
			$violations[] = new Violation('password', 'wrong-type');
		}
		$violations = [...$violations, ...$this->planShape->check($plan)];
		if ($violations !== []) {
			throw new InvalidPlanException($violations);
		}
		/** @var string $token */
		/** @var array $plan */
		$password ??= '';
		$now = $this->timeFactory->getTime();
		$violations = $this->planValidator->validate($this->policyService->getEffectivePolicy($user), $plan, $now, $password);
		if ($violations !== []) {
			throw new InvalidPlanException($violations);
		}

		$room = $talk->getRoomState($token, $user->getUID(), $password);
		if ($room === null) {
			throw new RoomNotFoundException();
		}
		if (!$room->moderatedByUser) {
			throw new NotModeratorException();
		}
		$findings = [...$this->findingsFor($plan, $room, $now), ...$this->membershipFindings($plan, $token, $user)];
		if ($room->type === GuestRule::GUEST_ROOM_TYPE && !$room->passwordMatches) {
			$findings[] = ['code' => 'password-mismatch', 'expected' => true, 'actual' => false];
		}
		if ($findings !== []) {
			throw new RoomMismatchException($findings);
		}
		if ($this->mapper->isRegistered($token)) {
			throw new AlreadyRegisteredException();
		}

		$meeting = new Meeting();
		$meeting->setToken($token);
		$meeting->setOwnerUid($user->getUID());
		$meeting->setPlan(Json::encode($plan));
		$meeting->setCreatedAt($now);
		try {
			$meeting = $this->mapper->insert($meeting);
		} catch (DBException $e) {
			if ($e->getReason() === DBException::REASON_UNIQUE_CONSTRAINT_VIOLATION) {
				// Registered concurrently between the check above and the insert.
				throw new AlreadyRegisteredException();
			}
			throw $e;
		}
		// The guards may have cached "not a safe meeting" for this token; a forget() alone would let a
		// guard that read the table just before the insert cache that again.
		$this->registeredRooms->remember($token, $plan);
		$this->logger->info('Registered safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'meetingId' => $meeting->getId()]);
		return $meeting;
	}

	/**
	 * The safe meetings the user created or moderates in Talk (co-moderators see them too), oldest first.
	 * Two queries however many there are: Talk's rooms of the user with the user's role in each, then the
	 * registry by token. Without Talk, the meetings the user created.
	 *
	 * @return list<Meeting>
	 */
	public function listFor(IUser $user): array {
		$meetings = [];
		foreach ($this->mapper->findByOwner($user->getUID()) as $meeting) {
			$meetings[$meeting->getToken()] = $meeting;
		}
		try {
			$moderated = $this->talk->get(TalkModeration::class, $user)->moderatedRoomTokens($user->getUID());
		} catch (TalkUnavailableException) {
			$moderated = [];
		}
		foreach ($this->mapper->findByTokens(array_values(array_diff($moderated, array_keys($meetings)))) as $meeting) {
			$meetings[$meeting->getToken()] = $meeting;
		}
		$meetings = array_values($meetings);
		usort($meetings, static fn (Meeting $a, Meeting $b): int => [$a->getCreatedAt(), $a->getId()] <=> [$b->getCreatedAt(), $b->getId()]);
		return $meetings;
	}

	/**
	 * Removes the user's entry of a safe meeting whose Talk room is gone (deleted while the app could
	 * not hear of it). An entry whose room still exists stays: it is what guards the room.
	 *
	 * @throws MeetingNotFoundException
	 * @throws RoomStillExistsException
	 * @throws TalkUnavailableException without Talk, nobody can tell whether the room is gone
	 */
	public function removeStale(IUser $user, string $token): void {
		try {
			$meeting = $this->mapper->findByToken($token);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			throw new MeetingNotFoundException();
		}
		if ($meeting->getOwnerUid() !== $user->getUID()) {
			throw new MeetingNotFoundException();
		}
		if ($this->talk($user)->roomExists($token)) {
			throw new RoomStillExistsException();
		}
		$this->unregisterDeletedRoom($token);
	}

	/**
	 * Unregisters a room Talk deleted: the meeting is no longer guarded or listed, its admissions and
	 * marks go. Its row stays, marked, for retention to delete the files and recordings on schedule
	 * (RoomDeletingListener remembered the room's shares just before Talk dropped them); a plan without
	 * retention settings has nothing for retention to do, so its row goes.
	 *
	 * Never throws: Talk deletes rooms in background jobs (retention, expired or empty rooms) and occ too,
	 * and an exception here would break them; a row left behind guards nothing (no room has the token) and
	 * is logged.
	 */
	public function unregisterDeletedRoom(string $token): void {
		$changed = 0;
		try {
			$meeting = $this->mapper->findByToken($token);
			$changed = RetentionRules::fromPlan($meeting->planArray())->isComplete()
				? $this->mapper->markRoomDeleted($token, $this->timeFactory->getTime())
				: $this->mapper->deleteByToken($token);
		} catch (DoesNotExistException) {
			// Not a safe meeting (or handled already).
		} catch (\Throwable $e) {
			$this->logger->error('Could not unregister a deleted safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
		try {
			$this->admissions->deleteByToken($token);
			$this->marks->deleteByToken($token);
			$this->registeredRooms->forget($token);
		} catch (\Throwable $e) {
			$this->logger->warning('Could not drop what a deleted safe meeting left', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
		if ($changed > 0) {
			$this->logger->info('Unregistered the deleted room of a safe meeting', ['app' => 'safe_meeting', 'token' => $token]);
		}
	}

	/**
	 * The room against the plan: what the browser's checkRoom also sees, and what only the server sees
	 * (Talk's server-wide settings, permissions, forced settings). "My safe meetings" shows these.
	 * @return list<array{code: string, expected: string|int|bool, actual: string|int|bool}>
	 */
	public function findingsFor(array $plan, RoomState $room, int $now): array {
		return [
			...$this->roomChecker->check($plan, $room->toCheckable(), $now),
			...$this->serverRoomChecker->check($plan, $room->serverFacts(), $now),
		];
	}

	/**
	 * Who and what the room already holds against the plan: only asked at registration, since the guards
	 * refuse every new one afterwards.
	 *
	 * @return list<array{code: string, expected: string|int|bool, actual: string|int|bool}>
	 * @throws TalkUnavailableException
	 * @throws RoomNotFoundException
	 */
	private function membershipFindings(array $plan, string $token, IUser $user): array {
		$membership = $this->talk->get(TalkMembership::class, $user)->read($token);
		if ($membership === null) {
			throw new RoomNotFoundException();
		}
		return MembershipChecker::check($plan, $membership->facts());
	}

	/**
	 * @throws TalkUnavailableException
	 */
	private function talk(IUser $user): TalkAdapter {
		return $this->talk->get(TalkAdapter::class, $user);
	}
}
