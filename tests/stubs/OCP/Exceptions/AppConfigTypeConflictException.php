<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\Exceptions\AppConfigTypeConflictException: same as nextcloud/ocp stable32.
 */

namespace OCP\Exceptions;

class AppConfigTypeConflictException extends AppConfigException {
}
