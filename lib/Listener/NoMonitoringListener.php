<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCP\Config\BeforePreferenceSetEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\User\Events\UserCreatedEvent;

/**
 * Keeps the "no monitoring" profile in force (NoMonitoringProfile): new users get it, a change back to
 * public is refused where Nextcloud asks first and re-applied where it only reports the change.
 * Registered for BeforePreferenceSetEvent after Talk's own listener, which declares the values valid.
 *
 * @template-implements IEventListener<Event>
 */
class NoMonitoringListener implements IEventListener {
	/** After Talk's listener (default priority 0), so its "valid" cannot undo the refusal. */
	public const PREFERENCE_PRIORITY = -100;
	/** Nextcloud 33+ reports user config changes after the fact; named, not imported, so the app loads on 32. */
	public const USER_CONFIG_CHANGED = 'OCP\\User\\Events\\UserConfigChangedEvent';

	public function __construct(
		private NoMonitoringProfile $profile,
	) {
	}

	public function handle(Event $event): void {
		if ($event instanceof UserCreatedEvent) {
			if ($this->profile->isEnabled()) {
				$this->profile->applyToUser($event->getUid());
			}
		} elseif ($event instanceof BeforePreferenceSetEvent) {
			if ($this->profile->refuses($event->getAppId(), $event->getConfigKey(), $event->getConfigValue())) {
				$event->setValid(false);
			}
		} elseif (is_a($event, self::USER_CONFIG_CHANGED)) {
			/** @var \OCP\User\Events\UserConfigChangedEvent $changed */
			$changed = $event;
			if ($this->profile->refuses($changed->getAppId(), $changed->getKey(), (string)$changed->getValue())) {
				$this->profile->applyToUser($changed->getUserId());
			}
		}
	}
}
