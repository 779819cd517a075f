<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Config\Lexicon\Preset: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Config\Lexicon;

enum Preset: int {
	case LARGE = 9;
	case MEDIUM = 8;
	case SMALL = 7;
	case SHARED = 6;
	case UNIVERSITY = 5;
	case SCHOOL = 4;
	case CLUB = 3;
	case FAMILY = 2;
	case PRIVATE = 1;
	case NONE = 0;
}
