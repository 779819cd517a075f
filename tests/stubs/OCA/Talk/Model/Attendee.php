<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Model\Attendee: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk\Model;

use OCP\AppFramework\Db\Entity;
use OCP\DB\Types;

/**
 * Talk 22's attendee row, with the one column the stubs need.
 *
 * @method void setParticipantType(int $participantType)
 * @method int getParticipantType()
 */
class Attendee extends Entity {
	protected int $participantType = 0;

	public function __construct() {
		$this->addType('participantType', Types::SMALLINT);
	}
}
