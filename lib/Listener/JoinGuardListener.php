<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Service\JoinGuard;
use OCA\SafeMeeting\Talk\JoinAttempt;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\Talk\Events\BeforeFederatedUserJoinedRoomEvent;
use OCA\Talk\Events\BeforeGuestJoinedRoomEvent;
use OCA\Talk\Events\BeforeUserJoinedRoomEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * Keeps newcomers out of a locked safe meeting, and guests out of it outside its time window, by
 * cancelling their join in Talk (design.md §6). Never cancels the join of somebody already in: Talk
 * would remove a user from the room.
 *
 * @template-implements IEventListener<BeforeUserJoinedRoomEvent|BeforeGuestJoinedRoomEvent|BeforeFederatedUserJoinedRoomEvent>
 */
class JoinGuardListener implements IEventListener {
	public function __construct(
		private TalkJoins $joins,
		private JoinGuard $guard,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		$token = TalkJoins::roomToken($event);
		$attempt = null;
		try {
			if ($token === null || !$this->guard->guards($token)) {
				return;
			}
			$attempt = $this->joins->readJoin($event);
			$verdict = $attempt === null ? null : $this->guard->judge($attempt, true);
			if ($verdict?->refuses()) {
				TalkJoins::refuseJoin($event);
				$this->guard->countRefusal($token);
				$this->logger->info('Safe meeting refused a join', ['app' => 'safe_meeting', 'token' => $token, 'reason' => $verdict->decision]);
			}
		} catch (\Throwable $e) {
			// A join is a person waiting at the door: when in doubt, keep newcomers out. But never a user
			// who may be an attendee (a cancelled join removes them), or whom we could not look up.
			$refuse = RegistryUnavailableException::mayRefuseOn($e) && ($attempt?->isNewcomer() ?? !$event instanceof BeforeUserJoinedRoomEvent);
			$this->logger->error('Could not check a join into a safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'refused' => $refuse, 'exception' => $e]);
			if ($refuse) {
				TalkJoins::refuseJoin($event);
			}
		}
	}
}
