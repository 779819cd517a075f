<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;
use OCP\Settings\IDelegatedSettings;

#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
class AuthorizedAdminSetting {
	/**
	 * @param class-string<IDelegatedSettings> $settings
	 */
	public function __construct(
		protected string $settings,
	) {
	}

	/** @return class-string<IDelegatedSettings> */
	public function getSettings(): string {
		return $this->settings;
	}
}
