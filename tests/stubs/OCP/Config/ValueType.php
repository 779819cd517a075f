<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Config\ValueType: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Config;

enum ValueType: int {
	case MIXED = 0;
	case STRING = 1;
	case INT = 2;
	case FLOAT = 3;
	case BOOL = 4;
	case ARRAY = 5;
}
