<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Service\AutoLockService;
use OCA\SafeMeeting\Talk\TalkEvents;
use OCA\Talk\Events\CallStartedEvent;
use OCA\Talk\Events\FederatedUserJoinedRoomEvent;
use OCA\Talk\Events\GuestJoinedRoomEvent;
use OCA\Talk\Events\UserJoinedRoomEvent;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * Lets a safe meeting lock itself as its plan says: after each join (has everyone invited arrived?)
 * and when its call starts (plan the lock N minutes later). Runs after Talk did its part, so it never
 * throws: the join or call start has already happened.
 *
 * @template-implements IEventListener<UserJoinedRoomEvent|GuestJoinedRoomEvent|FederatedUserJoinedRoomEvent|CallStartedEvent>
 */
class AutoLockListener implements IEventListener {
	public function __construct(
		private AutoLockService $autoLock,
		private ITimeFactory $time,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		try {
			$joined = TalkEvents::joinedCallToken($event);
			if ($joined !== null) {
				$this->autoLock->afterJoin($joined);
				return;
			}
			$started = TalkEvents::callStart($event, $this->time->getTime());
			if ($started !== null) {
				$this->autoLock->callStarted(...$started);
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not apply the auto-lock of a safe meeting', ['app' => 'safe_meeting', 'exception' => $e]);
		}
	}
}
