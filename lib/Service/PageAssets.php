<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCP\Util;

/**
 * Adds a page's built entry (script with its translations, and style) to the page Nextcloud renders.
 * OCP\Util's static methods reach into the server itself; going through this one class keeps the
 * controllers that render pages testable without a server.
 */
class PageAssets {
	/** @param string $entry the Vite entry name, e.g. `safe_meeting-main` (js/ and css/) */
	public function load(string $entry): void {
		Util::addScript(Application::APP_ID, $entry);
		Util::addStyle(Application::APP_ID, $entry);
	}

	/** A script of ours on another app's page, with our translations (it brings no style of its own). */
	public function loadScriptOnly(string $entry): void {
		Util::addTranslations(Application::APP_ID);
		Util::addScript(Application::APP_ID, $entry);
	}
}
