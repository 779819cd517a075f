<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of Psr\Container\ContainerExceptionInterface: signature checked against psr/container 2; not the real implementation.
 */

namespace Psr\Container;

interface ContainerExceptionInterface extends \Throwable {
}
