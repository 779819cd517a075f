<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Event\PolicyChangedEvent;
use OCA\SafeMeeting\Policy\Json;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\EventDispatcher\IEventListener;
use OCP\Log\Audit\CriticalActionPerformedEvent;

/**
 * Writes one admin-audit entry per changed policy setting: who changed what from which value to which,
 * or that the app converted a setting stored before thresholds.
 *
 * @template-implements IEventListener<PolicyChangedEvent>
 */
class PolicyAuditListener implements IEventListener {
	public function __construct(
		private IEventDispatcher $dispatcher,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof PolicyChangedEvent) {
			return;
		}
		foreach ($event->getChanges() as $setting => $change) {
			if ($event->isMigration()) {
				$this->dispatcher->dispatchTyped(new CriticalActionPerformedEvent(
					'Safe Meeting policy "%s" converted to thresholds from %s to %s',
					['setting' => $setting, 'old' => Json::encode($change['old']), 'new' => Json::encode($change['new'])],
				));
				continue;
			}
			$this->dispatcher->dispatchTyped(new CriticalActionPerformedEvent(
				'Safe Meeting policy "%s" changed by "%s" from %s to %s',
				[
					'setting' => $setting,
					'actor' => $event->getActorUid(),
					'old' => Json::encode($change['old']),
					'new' => Json::encode($change['new']),
				],
			));
		}
	}
}
