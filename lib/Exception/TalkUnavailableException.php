<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * Nextcloud Talk (spreed) is not enabled for the user, or its classes cannot be built.
 */
class TalkUnavailableException extends \Exception {
}
