<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\BeforeRoomDeletedEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

/**
 * Dispatched first by RoomService::deleteRoom(), while the room, its attendees and its room shares still
 * exist (Talk's share listener drops the shares by SQL on RoomDeletedEvent).
 */
class BeforeRoomDeletedEvent extends ARoomEvent {
}
