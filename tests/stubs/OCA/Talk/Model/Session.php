<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Model\Session: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk\Model;

use OCP\AppFramework\Db\Entity;

/**
 * Talk 22's session row; named by Participant's constructor only.
 */
class Session extends Entity {
}
