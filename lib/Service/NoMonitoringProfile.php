<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Event\NoMonitoringChangedEvent;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IAppConfig;
use OCP\IConfig;
use OCP\IUser;
use OCP\IUserManager;

/**
 * The "no monitoring" profile (compliance.md, § 26 BDSG): one admin switch that makes read receipts and
 * typing indicators private for every user and keeps them so. Talk has no admin default for them, only
 * the per-user preferences `read_status_privacy` and `typing_privacy` (1 = private), so the profile
 * writes them per user and guards them:
 * - switching on sets them for the first APPLY_NOW users at once, NoMonitoringJob does the rest hourly;
 * - new users get them when their account is created;
 * - setting them back to public is refused where Nextcloud asks (BeforePreferenceSetEvent: the
 *   provisioning API) and re-applied where it only tells (UserConfigChangedEvent, Nextcloud 33+) or
 *   nowhere (Talk's own settings endpoint on Nextcloud 32, occ): by the hourly job.
 */
class NoMonitoringProfile {
	public const TALK = 'spreed';
	public const KEYS = ['read_status_privacy', 'typing_privacy'];
	public const PRIVATE = '1';
	public const APPLY_NOW = 500;

	public function __construct(
		private IAppConfig $appConfig,
		private IConfig $config,
		private IUserManager $userManager,
		private TalkLocator $talk,
		private IEventDispatcher $dispatcher,
	) {
	}

	public function isEnabled(): bool {
		return $this->appConfig->getValueBool(Application::APP_ID, Lexicon::NO_MONITORING, false, lazy: true);
	}

	/** Switches the profile; switching on applies it at once to the first APPLY_NOW users. */
	public function setEnabled(bool $enabled, string $actorUid): void {
		if ($enabled === $this->isEnabled()) {
			return;
		}
		$this->appConfig->setValueBool(Application::APP_ID, Lexicon::NO_MONITORING, $enabled, lazy: true);
		$this->dispatcher->dispatchTyped(new NoMonitoringChangedEvent($actorUid, $enabled));
		if ($enabled) {
			$this->applyToAll(self::APPLY_NOW);
		}
	}

	/** Whether the profile refuses this preference change (a privacy preference of Talk, set to anything but private). */
	public function refuses(string $app, string $key, string $value): bool {
		return $app === self::TALK && in_array($key, self::KEYS, true) && $value !== self::PRIVATE && $this->isEnabled();
	}

	/** @return bool whether anything had to be changed */
	public function applyToUser(string $uid): bool {
		$changed = [];
		foreach (self::KEYS as $key) {
			if ((string)$this->config->getUserValue($uid, self::TALK, $key, '0') !== self::PRIVATE) {
				$this->config->setUserValue($uid, self::TALK, $key, self::PRIVATE);
				$changed[] = $key;
			}
		}
		if (in_array('read_status_privacy', $changed, true)) {
			$this->talk()?->makeReadPrivate($uid);
		}
		return $changed !== [];
	}

	/**
	 * Applies the profile to every user who has logged in (others get it when they are created or by the job).
	 *
	 * @param int|null $limit stop after this many users were changed; null = all
	 * @return int the number of users changed
	 */
	public function applyToAll(?int $limit = null): int {
		$changed = 0;
		$this->userManager->callForSeenUsers(function (IUser $user) use (&$changed, $limit): ?bool {
			if ($this->applyToUser($user->getUID())) {
				$changed++;
			}
			return $limit === null || $changed < $limit ? null : false;
		});
		return $changed;
	}

	/**
	 * How far the profile reaches: users who have logged in, and how many of them still show read receipts
	 * or typing publicly (Talk's default for a user who never chose).
	 *
	 * @return array{enabled: bool, users: int, publicReadReceipts: int, publicTyping: int}
	 */
	public function status(): array {
		$users = (int)$this->userManager->countSeenUsers();
		$public = fn (string $key): int => max(0, $users - count($this->config->getUsersForUserValue(self::TALK, $key, self::PRIVATE)));
		return [
			'enabled' => $this->isEnabled(),
			'users' => $users,
			'publicReadReceipts' => $public('read_status_privacy'),
			'publicTyping' => $public('typing_privacy'),
		];
	}

	/**
	 * Talk's services, only where Talk is enabled: its attendee copies of the read privacy exist only there
	 * (TalkLocator logs when an enabled Talk cannot be loaded; read receipts in existing rooms then stay).
	 */
	private function talk(): ?TalkAdapter {
		try {
			return $this->talk->get(TalkAdapter::class);
		} catch (TalkUnavailableException) {
			return null;
		}
	}
}
