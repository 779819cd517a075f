<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Constants: constants checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

class Constants {
	public const PERMISSION_CREATE = 4;
}
