<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * The room does not exist or the user cannot see it (Talk's own exception never leaves lib/Talk/).
 */
class RoomNotFoundException extends \Exception {
}
