<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * Retention cannot work out what to remove from a meeting right now (its files cannot be looked at, or
 * its plan lacks retention settings); nothing was deleted.
 */
class RetentionUnavailableException extends \Exception {
}
