<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * No safe meeting of this user has that token (someone else's looks the same, so tokens cannot be probed).
 */
class MeetingNotFoundException extends \Exception {
}
