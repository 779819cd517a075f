<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCP\AppFramework\Db\Entity;
use OCP\DB\Types;

/**
 * A one-time admission: while the meeting is locked, this one person may still become a participant,
 * once, until it expires.
 *
 * @method string getToken()
 * @method void setToken(string $token)
 * @method string getActorType()
 * @method void setActorType(string $actorType)
 * @method string getActorId()
 * @method void setActorId(string $actorId)
 * @method int getExpiresAt()
 * @method void setExpiresAt(int $expiresAt)
 * @method string getAdmittedBy()
 * @method void setAdmittedBy(string $admittedBy)
 */
class Admission extends Entity {
	/** Talk's actor types of the people a moderator can admit by name. */
	public const USERS = 'users';
	public const EMAILS = 'emails';

	protected string $token = '';
	protected string $actorType = '';
	/** A user id, or for e-mail guests the SHA-256 of the address (Talk's actor id; the address is not kept). */
	protected string $actorId = '';
	protected int $expiresAt = 0;
	protected string $admittedBy = '';

	public function __construct() {
		$this->addType('id', Types::BIGINT);
		$this->addType('token', Types::STRING);
		$this->addType('actorType', Types::STRING);
		$this->addType('actorId', Types::STRING);
		$this->addType('expiresAt', Types::BIGINT);
		$this->addType('admittedBy', Types::STRING);
	}
}
