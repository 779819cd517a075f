<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Service\JoinGuard;
use OCA\SafeMeeting\Service\RefusalNotice;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\Talk\Events\RoomPasswordVerifyEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IRequest;
use Psr\Log\LoggerInterface;

/**
 * While a safe meeting is locked (or outside its guest window), its password lets no newcomer in.
 * Somebody with the right password is sent to our page that says why; a wrong password stays Talk's
 * business, so nobody learns anything about the meeting without it. People already in (returning
 * guests, users who are participants) are left to Talk's own check.
 *
 * @template-implements IEventListener<RoomPasswordVerifyEvent>
 */
class PasswordGuardListener implements IEventListener {
	public function __construct(
		private TalkJoins $joins,
		private JoinGuard $guard,
		private RefusalNotice $notice,
		private IRequest $request,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof RoomPasswordVerifyEvent) {
			return;
		}
		$token = $event->getRoom()->getToken();
		$attempt = null;
		try {
			// occ checks passwords too: only a person at Talk's page or API is a join.
			if ($this->request->getRequestUri() === '' || !$this->guard->guards($token)) {
				return;
			}
			$attempt = $this->joins->readPasswordAttempt($event);
			$verdict = $this->guard->judge($attempt, false);
			if ($verdict?->refuses() && $this->joins->passwordMatches($event)) {
				TalkJoins::rejectPassword($event, $this->notice->remember($token, $verdict));
				$this->guard->countRefusal($token);
				$this->logger->info('Safe meeting refused its password', ['app' => 'safe_meeting', 'token' => $token, 'reason' => $verdict->decision]);
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not check a password for a safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
			if (RegistryUnavailableException::mayRefuseOn($e) && ($attempt?->isNewcomer() ?? true)) {
				$event->setIsPasswordValid(false);
			}
		}
	}
}
