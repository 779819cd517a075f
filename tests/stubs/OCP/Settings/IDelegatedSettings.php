<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Settings\IDelegatedSettings: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Settings;

interface IDelegatedSettings extends ISettings {
	public function getName(): ?string;

	/** @return array<string, list<string>> app id => regular expressions of app config keys */
	public function getAuthorizedAppConfig(): array;
}
