<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * A registration was to be removed while its Talk room still exists: it keeps guarding the room.
 */
class RoomStillExistsException extends \Exception {
}
