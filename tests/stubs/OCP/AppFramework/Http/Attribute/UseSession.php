<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\AppFramework\Http\Attribute\UseSession: same as nextcloud/ocp stable32.
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

#[Attribute]
class UseSession {
}
