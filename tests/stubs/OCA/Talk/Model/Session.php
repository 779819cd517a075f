<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Model\Session: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Model;

use OCP\AppFramework\Db\Entity;
use OCP\DB\Types;

/**
 * Talk 22's session row (magic getters and setters, as the real entity).
 *
 * @method string getSessionId()
 * @method void setSessionId(string $sessionId)
 * @method int getInCall()
 * @method void setInCall(int $inCall)
 */
class Session extends Entity {
	/** @var string */
	protected $sessionId;
	/** @var int */
	protected $inCall;

	public function __construct() {
		$this->addType('sessionId', Types::STRING);
		$this->addType('inCall', Types::INTEGER);
	}
}
