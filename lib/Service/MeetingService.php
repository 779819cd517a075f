<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\AlreadyRegisteredException;
use OCA\SafeMeeting\Exception\InvalidPlanException;
use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RoomMismatchException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Policy\PlanShape;
use OCA\SafeMeeting\Policy\PlanValidator;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\Violation;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\DB\Exception as DBException;
use OCP\IUser;
use Psr\Log\LoggerInterface;

/**
 * The registry of safe meetings: a Talk room is registered only when its plan obeys the
 * caller's effective policy and the room, as Talk has it now, matches the plan.
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
		private TalkAdapter $talk,
		private ITimeFactory $timeFactory,
		private LoggerInterface $logger,
		private RegisteredRoomLookup $registeredRooms,
	) {
	}

	/**
	 * @throws InvalidPlanException token or plan malformed, or the plan breaks the user's policy
	 * @throws RoomNotFoundException
	 * @throws NotModeratorException
	 * @throws RoomMismatchException
	 * @throws AlreadyRegisteredException
	 */
	public function register(IUser $user, mixed $token, mixed $plan): Meeting {
		$violations = [];
		if (!is_string($token) || preg_match(self::TOKEN_PATTERN, $token) !== 1) {
			$violations[] = new Violation('token', $token === null ? 'required' : 'invalid');
		}
		$violations = [...$violations, ...$this->planShape->check($plan)];
		if ($violations !== []) {
			throw new InvalidPlanException($violations);
		}
		/** @var string $token */
		/** @var array $plan */
		$violations = $this->planValidator->validate($this->policyService->getEffectivePolicy($user), $plan);
		if ($violations !== []) {
			throw new InvalidPlanException($violations);
		}

		$room = $this->talk->getRoomState($token, $user->getUID());
		if ($room === null) {
			throw new RoomNotFoundException();
		}
		if (!$room->moderatedByUser) {
			throw new NotModeratorException();
		}
		$findings = $this->roomChecker->check($plan, $room->toCheckable(), $this->timeFactory->getTime());
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
		$meeting->setCreatedAt($this->timeFactory->getTime());
		try {
			$meeting = $this->mapper->insert($meeting);
		} catch (DBException $e) {
			if ($e->getReason() === DBException::REASON_UNIQUE_CONSTRAINT_VIOLATION) {
				// Registered concurrently between the check above and the insert.
				throw new AlreadyRegisteredException();
			}
			throw $e;
		}
		// The guards may have cached "not a safe meeting" for this token.
		$this->registeredRooms->forget($token);
		$this->logger->info('Registered safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'meetingId' => $meeting->getId()]);
		return $meeting;
	}

	/** @return list<Meeting> */
	public function listForOwner(IUser $user): array {
		return $this->mapper->findByOwner($user->getUID());
	}
}
