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
 * A Talk room registered as a safe meeting, with the plan it must keep and its lock state.
 *
 * @method string getToken()
 * @method void setToken(string $token)
 * @method string getOwnerUid()
 * @method void setOwnerUid(string $ownerUid)
 * @method string getPlan()
 * @method void setPlan(string $plan)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 * @method bool getLocked()
 * @method ?int getLockedAt()
 * @method ?string getLockedBy()
 * @method ?string getLockReason()
 * @method int getRefusedJoins()
 * @method ?int getCallStartedAt()
 * @method ?int getAutoLockedAt()
 * @method ?int getPurgedAt()
 * @method void setPurgedAt(?int $purgedAt)
 * @method ?int getRoomDeletedAt()
 *
 * @psalm-import-type SafeMeetingMeeting from \OCA\SafeMeeting\ResponseDefinitions
 * @psalm-import-type SafeMeetingLockState from \OCA\SafeMeeting\ResponseDefinitions
 */
class Meeting extends Entity {
	protected string $token = '';
	protected string $ownerUid = '';
	/** JSON of the RegisteredPlan. */
	protected string $plan = '';
	protected int $createdAt = 0;
	/** Lock columns are written by MeetingMapper's single-statement updates only, never through the entity. */
	protected ?bool $locked = false;
	protected ?int $lockedAt = null;
	protected ?string $lockedBy = null;
	protected ?string $lockReason = null;
	protected int $refusedJoins = 0;
	protected ?int $callStartedAt = null;
	protected ?int $autoLockedAt = null;
	/** When retention deleted the room; null while the meeting lives. */
	protected ?int $purgedAt = null;
	/** When Talk deleted the room (not retention): no longer guarded or listed, retention still runs. */
	protected ?int $roomDeletedAt = null;

	public function __construct() {
		$this->addType('id', Types::BIGINT);
		$this->addType('token', Types::STRING);
		$this->addType('ownerUid', Types::STRING);
		$this->addType('plan', Types::TEXT);
		$this->addType('createdAt', Types::BIGINT);
		$this->addType('locked', Types::BOOLEAN);
		$this->addType('lockedAt', Types::BIGINT);
		$this->addType('lockedBy', Types::STRING);
		$this->addType('lockReason', Types::STRING);
		$this->addType('refusedJoins', Types::BIGINT);
		$this->addType('callStartedAt', Types::BIGINT);
		$this->addType('autoLockedAt', Types::BIGINT);
		$this->addType('purgedAt', Types::BIGINT);
		$this->addType('roomDeletedAt', Types::BIGINT);
	}

	public function isLocked(): bool {
		return (bool)$this->getLocked();
	}

	/** The registered plan as stored (a RegisteredPlan). */
	public function planArray(): array {
		$plan = json_decode($this->getPlan(), true, 32, JSON_THROW_ON_ERROR);
		return is_array($plan) ? $plan : [];
	}

	/** @return SafeMeetingLockState */
	public function lockState(): array {
		return [
			'locked' => $this->isLocked(),
			'lockedAt' => $this->isLocked() ? $this->getLockedAt() : null,
			'lockedBy' => $this->isLocked() && $this->getLockedBy() !== '' ? $this->getLockedBy() : null,
			'reason' => $this->isLocked() ? $this->getLockReason() : null,
			'refusedJoins' => $this->getRefusedJoins(),
			'callStartedAt' => $this->getCallStartedAt(),
		];
	}

	/** @return SafeMeetingMeeting */
	public function toArray(): array {
		return [
			'id' => (int)$this->getId(),
			'token' => $this->getToken(),
			'owner' => $this->getOwnerUid(),
			'createdAt' => $this->getCreatedAt(),
			'plan' => $this->planArray(),
			'lock' => $this->lockState(),
		];
	}
}
