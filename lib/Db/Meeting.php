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
 * A Talk room registered as a safe meeting, with the plan it must keep.
 *
 * @method string getToken()
 * @method void setToken(string $token)
 * @method string getOwnerUid()
 * @method void setOwnerUid(string $ownerUid)
 * @method string getPlan()
 * @method void setPlan(string $plan)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 *
 * @psalm-import-type SafeMeetingMeeting from \OCA\SafeMeeting\ResponseDefinitions
 */
class Meeting extends Entity {
	protected string $token = '';
	protected string $ownerUid = '';
	/** JSON of the RegisteredPlan. */
	protected string $plan = '';
	protected int $createdAt = 0;

	public function __construct() {
		$this->addType('id', Types::BIGINT);
		$this->addType('token', Types::STRING);
		$this->addType('ownerUid', Types::STRING);
		$this->addType('plan', Types::TEXT);
		$this->addType('createdAt', Types::BIGINT);
	}

	/** @return SafeMeetingMeeting */
	public function toArray(): array {
		return [
			'id' => (int)$this->getId(),
			'token' => $this->getToken(),
			'owner' => $this->getOwnerUid(),
			'createdAt' => $this->getCreatedAt(),
			'plan' => json_decode($this->getPlan(), true, 32, JSON_THROW_ON_ERROR),
		];
	}
}
