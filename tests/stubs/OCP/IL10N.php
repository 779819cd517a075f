<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IL10N: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface IL10N {
	public function t(string $text, $parameters = []): string;

	public function n(string $text_singular, string $text_plural, int $count, array $parameters = []): string;
}
