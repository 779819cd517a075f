<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Event\PlanRestoredEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\EventDispatcher\IEventListener;
use OCP\Log\Audit\CriticalActionPerformedEvent;

/**
 * Writes an admin-audit entry for every room setting Safe Meeting restored on its own.
 *
 * @template-implements IEventListener<PlanRestoredEvent>
 */
class PlanRestoredAuditListener implements IEventListener {
	public function __construct(
		private IEventDispatcher $dispatcher,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof PlanRestoredEvent) {
			return;
		}
		$this->dispatcher->dispatchTyped(new CriticalActionPerformedEvent(
			'Safe Meeting restored "%s" of the safe meeting in conversation %s from %s to %s, as its plan says',
			[
				'property' => $event->property,
				'token' => $event->token,
				'old' => (string)$event->oldValue,
				'new' => (string)$event->newValue,
			],
		));
	}
}
