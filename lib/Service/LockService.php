<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Exception\EndFailedException;
use OCA\SafeMeeting\Talk\TalkModeration;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\IEventDispatcher;
use Psr\Log\LoggerInterface;

/**
 * Locks and unlocks safe meetings and ends their calls. Locking throws nobody out (unlike Talk's lobby
 * or read-only switch): the join guards keep newcomers out from then on. Callers have checked that the
 * actor moderates the room.
 */
class LockService {
	public const REASON_MODERATOR = 'moderator';
	public const REASON_ALL_JOINED = 'all-joined';
	public const REASON_MINUTES = 'minutes-after-start';
	public const REASON_ENDED = 'ended';

	public function __construct(
		private MeetingMapper $mapper,
		private ActorMarkMapper $marks,
		private TalkLocator $talk,
		private IEventDispatcher $dispatcher,
		private ITimeFactory $time,
		private LoggerInterface $logger,
	) {
	}

	/** @return bool whether it was locked now (false: it was locked already) */
	public function lock(Meeting $meeting, LockActor $actor): bool {
		return $this->close($meeting->getToken(), $actor, self::REASON_MODERATOR);
	}

	/** Locks on the plan's behalf (auto-lock). @return bool whether it was locked now */
	public function lockByPlan(Meeting $meeting, string $reason): bool {
		return $this->close($meeting->getToken(), null, $reason);
	}

	/** @return bool whether it was unlocked now (false: it was not locked) */
	public function unlock(Meeting $meeting, LockActor $actor): bool {
		if (!$this->mapper->unlock($meeting->getToken())) {
			return false;
		}
		// Open to everybody now: those Talk added while it was locked are in like anybody else.
		$this->marks->forgetKind($meeting->getToken(), ActorMarkMapper::UNADMITTED);
		$this->logger->info('Safe meeting unlocked', ['app' => 'safe_meeting', 'token' => $meeting->getToken()]);
		$this->dispatcher->dispatchTyped(new MeetingLockChangedEvent($meeting->getToken(), MeetingLockChangedEvent::UNLOCKED, $actor));
		return true;
	}

	/**
	 * Ends the call for everyone and locks the room, which stays (with its chat, for its retention
	 * period). Locked first, so nobody slips back in while the call ends; if Talk cannot end the call,
	 * a lock made here is undone.
	 *
	 * @throws EndFailedException
	 */
	public function end(Meeting $meeting, LockActor $actor): void {
		$token = $meeting->getToken();
		$lockedHere = $this->mapper->lock($token, $this->time->getTime(), $actor->userId(), self::REASON_ENDED);
		try {
			$talk = $this->talk->get(TalkModeration::class);
			$talk->endCallForEveryone($token);
		} catch (\Throwable $e) {
			if ($lockedHere) {
				$this->mapper->unlock($token);
			}
			$this->logger->error('Could not end the call of a safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
			throw new EndFailedException('Talk could not end the call', 0, $e);
		}
		if ($lockedHere) {
			$this->keepSelfJoinedUsers($talk, $token);
		}
		$this->logger->info('Safe meeting ended and locked', ['app' => 'safe_meeting', 'token' => $token]);
		$this->dispatcher->dispatchTyped(new MeetingLockChangedEvent($token, MeetingLockChangedEvent::ENDED, $actor, self::REASON_ENDED));
	}

	private function close(string $token, ?LockActor $actor, string $reason): bool {
		if (!$this->mapper->lock($token, $this->time->getTime(), $actor?->userId() ?? '', $reason)) {
			return false;
		}
		try {
			$this->keepSelfJoinedUsers($this->talk->get(TalkModeration::class), $token);
		} catch (\Throwable $e) {
			$this->logger->warning('Talk is not available to keep link users of a locked safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
		$this->logger->info('Safe meeting locked', ['app' => 'safe_meeting', 'token' => $token, 'reason' => $reason]);
		$this->dispatcher->dispatchTyped(new MeetingLockChangedEvent($token, MeetingLockChangedEvent::LOCKED, $actor, $reason));
		return true;
	}

	/**
	 * Users who joined by the link would count as newcomers after a dropped connection (Talk removes them
	 * with their last session); as permanent participants they get back in. A failure keeps the lock.
	 */
	private function keepSelfJoinedUsers(TalkModeration $talk, string $token): void {
		try {
			$talk->keepSelfJoinedUsers($token);
		} catch (\Throwable $e) {
			$this->logger->warning('Could not keep the link users of a locked safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
	}
}
