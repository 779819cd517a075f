<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\Admission;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Policy\JoinRule;
use OCA\SafeMeeting\Policy\JoinVerdict;
use OCA\SafeMeeting\Talk\JoinAttempt;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;

/**
 * Decides, for the join guards, whether somebody may come into a safe meeting now: the room's plan
 * (cached, so other rooms cost nothing), its lock state (read fresh: several web servers lock and
 * unlock), "N minutes after the start" when it has come, and moderators' one-time admissions.
 */
class JoinGuard {
	/** @var array<string, true> meetings whose refusal this request has counted */
	private array $counted = [];

	public function __construct(
		private RegisteredRoomLookup $rooms,
		private MeetingMapper $meetings,
		private AdmissionMapper $admissions,
		private ActorMarkMapper $marks,
		private AutoLockService $autoLock,
		private ITimeFactory $time,
	) {
	}

	/** Whether the room is a safe meeting at all (cheap: memo and distributed cache). */
	public function guards(string $token): bool {
		return $this->rooms->planFor($token) !== null;
	}

	/**
	 * The verdict for somebody joining (or entering the password); null when the room is no safe meeting.
	 *
	 * @param bool $useAdmission true when the join happens now (an admission is used up), false to look only
	 */
	public function judge(JoinAttempt $attempt, bool $useAdmission): ?JoinVerdict {
		$plan = $this->rooms->planFor($attempt->token);
		if ($plan === null) {
			return null;
		}
		$now = $this->time->getTime();
		$verdict = JoinRule::judge($attempt, $this->isLocked($attempt->token, $plan), $plan, $now);
		if ($verdict->decision !== JoinVerdict::NEEDS_ADMISSION) {
			return $verdict;
		}
		$admitted = $useAdmission
			? $this->admissions->consume($attempt->token, (string)$attempt->actorType, (string)$attempt->actorId, $now)
			: $this->admissions->isPending($attempt->token, (string)$attempt->actorType, (string)$attempt->actorId, $now);
		return new JoinVerdict($admitted ? JoinVerdict::ALLOW : JoinVerdict::REFUSE_LOCKED);
	}

	/**
	 * Whether Talk may add these people to the room now. While locked only people with a pending
	 * admission may become participants; their admissions are used up. All or nothing: when one of them
	 * may not, nobody's admission is used.
	 *
	 * @param list<array{0: string, 1: string}> $actors [actor type, actor id]
	 */
	public function mayAdd(string $token, array $actors): bool {
		$plan = $this->rooms->planFor($token);
		if ($plan === null || !$this->isLocked($token, $plan)) {
			return true;
		}
		$now = $this->time->getTime();
		foreach ($actors as [$type, $id]) {
			if (!in_array($type, [Admission::USERS, Admission::EMAILS], true) || !$this->admissions->isPending($token, $type, $id, $now)) {
				return false;
			}
		}
		foreach ($actors as [$type, $id]) {
			$this->admissions->consume($token, $type, $id, $now);
		}
		return true;
	}

	/**
	 * Talk adds these people to the locked meeting outside its API (somebody joined an invited Team or
	 * group), where refusing would break that change. Whoever holds an admission uses it up; the others
	 * are marked, so that their joins count as a newcomer's until a moderator admits them or unlocks.
	 *
	 * @param list<array{0: string, 1: string}> $actors [actor type, actor id]
	 */
	public function markUnadmitted(string $token, array $actors): void {
		$now = $this->time->getTime();
		foreach ($actors as [$type, $id]) {
			if (in_array($type, ActorMarkMapper::JOINING_TYPES, true) && !$this->admissions->consume($token, $type, $id, $now)) {
				$this->marks->mark($token, ActorMarkMapper::UNADMITTED, $type, $id);
			}
		}
	}

	/** Whether the room is a safe meeting that is locked now (locking it first when its plan says so). */
	public function isLockedNow(string $token): bool {
		$plan = $this->rooms->planFor($token);
		return $plan !== null && $this->isLocked($token, $plan);
	}

	/**
	 * Counts a refused join for the moderators, once per request and meeting: a refused password and the
	 * refused join it leads to are one attempt. Only a number is kept, never who it was.
	 */
	public function countRefusal(string $token): void {
		if (!isset($this->counted[$token])) {
			$this->counted[$token] = true;
			$this->meetings->countRefusedJoin($token);
		}
	}

	private function isLocked(string $token, array $plan): bool {
		try {
			$meeting = $this->meetings->findByToken($token);
		} catch (DoesNotExistException) {
			return false; // unregistered meanwhile (the room was deleted)
		}
		return $this->autoLock->lockIfDue($meeting, $plan);
	}
}
