<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\BeforeAttendeesAddedEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

/**
 * Dispatched by ParticipantService::addUsers (users, federated users, phones) before the insert; in Talk 22
 * not for e-mail guests (inviteEmailAddress fires AttendeesAddedEvent only).
 */
class BeforeAttendeesAddedEvent extends AttendeesEvent {
}
