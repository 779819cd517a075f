<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Config: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk;

use OCP\AppFramework\Services\IAppConfig;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Config\IUserConfig;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IConfig;
use OCP\IGroupManager;
use OCP\IURLGenerator;
use OCP\IUserManager;
use OCP\Security\ISecureRandom;

/**
 * Only the methods Safe Meeting reads; tests mock them. The bodies return Talk's values for an
 * unconfigured server (no recording server, no `default_permissions`).
 */
class Config {
	public function __construct(
		protected IConfig $config,
		protected IAppConfig $appConfig,
		protected IUserConfig $userConfig,
		private ISecureRandom $secureRandom,
		private IGroupManager $groupManager,
		private IUserManager $userManager,
		private IURLGenerator $urlGenerator,
		protected ITimeFactory $timeFactory,
		private IEventDispatcher $dispatcher,
	) {
	}

	public function isRecordingEnabled(): bool {
		return false;
	}

	/** 0 = no consent (also whenever recording is not enabled), 1 = always required, 2 = each room decides. */
	public function recordingConsentRequired(): int {
		return 0;
	}

	/** The `default_permissions` app config clamped to 0–255, else everything but ignoring the lobby (246). */
	public function getDefaultPermissions(): int {
		return 246;
	}

	/** The user's `attachment_folder`, else the app's `default_attachment_folder` (`/Talk`). */
	public function getAttachmentFolder(string $userId): string {
		return '/Talk';
	}

	/** The user's `recording_folder`, else `<attachment folder>/Recording`. */
	public function getRecordingFolder(string $userId): string {
		return '/Talk/Recording';
	}
}
