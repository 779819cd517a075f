<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\L10N\IFactory: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\L10N;

interface IFactory {
	/**
	 * @return \OCP\IL10N
	 */
	public function get($app, $lang = null, $locale = null);

	public function findGenericLanguage(?string $appId = null): string;
}
