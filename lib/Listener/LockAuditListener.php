<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\EventDispatcher\IEventListener;
use OCP\Log\Audit\CriticalActionPerformedEvent;

/**
 * Writes an admin-audit entry for every lock, unlock, admission and end of a safe meeting.
 *
 * @template-implements IEventListener<MeetingLockChangedEvent>
 */
class LockAuditListener implements IEventListener {
	public function __construct(
		private IEventDispatcher $dispatcher,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof MeetingLockChangedEvent) {
			return;
		}
		$parameters = [
			'token' => $event->getToken(),
			'action' => $event->getAction(),
			// Automatic locks are the plan's doing.
			'actor' => $event->getActor()?->reference() ?? 'plan',
		];
		$message = 'Safe meeting "%s" %s by "%s"';
		if ($event->getAction() === MeetingLockChangedEvent::ADMITTED) {
			$message .= ': "%s"';
			$parameters['admitted'] = $event->getAdmittedActor();
		} elseif ($event->getReason() !== '') {
			$message .= ' (%s)';
			$parameters['reason'] = $event->getReason();
		}
		$this->dispatcher->dispatchTyped(new CriticalActionPerformedEvent($message, $parameters));
	}
}
