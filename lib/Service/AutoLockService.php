<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\BackgroundJob\AutoLockJob;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Policy\AutoLockRule;
use OCA\SafeMeeting\Talk\TalkModeration;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\IJobList;

/**
 * Locks safe meetings by their plan (`autoLock`), without polling:
 * - "when everyone invited has joined": checked after each join into the room;
 * - "N minutes after the call started": a one-shot background job at that time, and the join guard
 *   checks it too whenever somebody tries to join (cron may run late).
 */
class AutoLockService {
	public function __construct(
		private MeetingMapper $mapper,
		private RegisteredRoomLookup $rooms,
		private LockService $locks,
		private TalkLocator $talk,
		private IJobList $jobs,
		private ITimeFactory $time,
	) {
	}

	/** After somebody joined the room: locks it when the plan says so and everyone invited is in. */
	public function afterJoin(string $token): void {
		$plan = $this->rooms->planFor($token);
		if ($plan === null || AutoLockRule::mode($plan) !== AutoLockRule::WHEN_ALL_JOINED) {
			return;
		}
		$meeting = $this->mapper->findByToken($token);
		if ($meeting->isLocked() || !AutoLockRule::mayStillLock($meeting->getAutoLockedAt(), $meeting->getCallStartedAt())) {
			return;
		}
		if ($this->talk->get(TalkModeration::class)->everyoneInvitedIsIn($token)) {
			$this->locks->lockByPlan($meeting, LockService::REASON_ALL_JOINED);
		}
	}

	/** The call started: remember when, and plan the lock if the plan locks N minutes later. */
	public function callStarted(string $token, int $startedAt): void {
		$plan = $this->rooms->planFor($token);
		if ($plan === null) {
			return;
		}
		$this->mapper->setCallStartedAt($token, $startedAt);
		$due = AutoLockRule::dueAt($plan, $startedAt);
		if ($due !== null) {
			$this->jobs->scheduleAfter(AutoLockJob::class, $due, ['token' => $token, 'callStartedAt' => $startedAt]);
		}
	}

	/** The background job's check: only for the call it was planned for (a newer call plans its own). */
	public function lockWhenDue(string $token, int $callStartedAt): void {
		try {
			$meeting = $this->mapper->findByToken($token);
		} catch (DoesNotExistException) {
			return; // deleted meanwhile
		}
		if ($meeting->getCallStartedAt() === $callStartedAt) {
			$this->lockIfDue($meeting, $meeting->planArray());
		}
	}

	/** Locks the meeting if "N minutes after the start" has come. @return bool whether it is locked now */
	public function lockIfDue(Meeting $meeting, array $plan): bool {
		if ($meeting->isLocked()) {
			return true;
		}
		if (!AutoLockRule::minutesElapsed($plan, $meeting->getCallStartedAt(), $meeting->getAutoLockedAt(), $this->time->getTime())) {
			return false;
		}
		$this->locks->lockByPlan($meeting, LockService::REASON_MINUTES);
		return true;
	}
}
