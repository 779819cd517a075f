<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\RoomModifiedEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

/**
 * Dispatched by RoomService after a room property changed; for `callRecording` when the recording server
 * reports that the recording started, with the participant who started it as actor (RecordingController).
 */
class RoomModifiedEvent extends ARoomModifiedEvent {
}
