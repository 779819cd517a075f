<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCP\IURLGenerator;

/**
 * Where an admin changes what a criterion reads: Nextcloud's own admin pages.
 */
class AdminLinks {
	public function __construct(
		private IURLGenerator $urlGenerator,
	) {
	}

	/** An admin settings section: `talk`, `theming`, `security`, `overview`, `logging`, `safe_meeting`. */
	public function section(string $section): string {
		return $this->urlGenerator->linkToRoute('settings.AdminSettings.index', ['section' => $section]);
	}

	public function apps(): string {
		return $this->urlGenerator->linkToRoute('settings.AppSettings.viewApps');
	}
}
