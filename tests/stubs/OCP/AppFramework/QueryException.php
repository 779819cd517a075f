<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\QueryException: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework;

use Psr\Container\ContainerExceptionInterface;

/** What the app container throws when it cannot build a class (e.g. one of a disabled app). */
class QueryException extends \Exception implements ContainerExceptionInterface {
}
