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
 * One deletion receipt: what retention deleted (or deliberately left alone), under which rule, when and
 * by whom. Names and ids only, never contents.
 *
 * @method string getToken()
 * @method void setToken(string $token)
 * @method string getOwnerUid()
 * @method void setOwnerUid(string $ownerUid)
 * @method string getKind()
 * @method void setKind(string $kind)
 * @method string getObjectId()
 * @method void setObjectId(string $objectId)
 * @method string getObjectName()
 * @method void setObjectName(string $objectName)
 * @method string getAction()
 * @method void setAction(string $action)
 * @method ?string getReason()
 * @method void setReason(?string $reason)
 * @method string getRule()
 * @method void setRule(string $rule)
 * @method int getActedAt()
 * @method void setActedAt(int $actedAt)
 * @method string getActorType()
 * @method void setActorType(string $actorType)
 * @method ?string getActorId()
 * @method void setActorId(?string $actorId)
 *
 * @psalm-import-type SafeMeetingReceipt from \OCA\SafeMeeting\ResponseDefinitions
 */
class Receipt extends Entity {
	public const KIND_SHARE = 'share';
	public const KIND_FILE = 'file';
	public const KIND_RECORDING = 'recording';
	public const KIND_CONVERSATION = 'conversation';

	public const ACTION_DELETED = 'deleted';
	public const ACTION_KEPT = 'kept';

	public const RULE_FILE_RETENTION = 'file-retention';
	public const RULE_MEETING_RETENTION = 'meeting-retention';
	public const RULE_PURGE = 'purge';

	public const ACTOR_JOB = 'job';
	public const ACTOR_OCC = 'occ';
	public const ACTOR_USER = 'user';

	/** Column length of object_name. */
	public const NAME_LENGTH = 255;

	protected string $token = '';
	protected string $ownerUid = '';
	protected string $kind = '';
	protected string $objectId = '';
	protected string $objectName = '';
	protected string $action = '';
	protected ?string $reason = null;
	protected string $rule = '';
	protected int $actedAt = 0;
	protected string $actorType = '';
	protected ?string $actorId = null;

	public function __construct() {
		$this->addType('id', Types::BIGINT);
		$this->addType('token', Types::STRING);
		$this->addType('ownerUid', Types::STRING);
		$this->addType('kind', Types::STRING);
		$this->addType('objectId', Types::STRING);
		$this->addType('objectName', Types::STRING);
		$this->addType('action', Types::STRING);
		$this->addType('reason', Types::STRING);
		$this->addType('rule', Types::STRING);
		$this->addType('actedAt', Types::BIGINT);
		$this->addType('actorType', Types::STRING);
		$this->addType('actorId', Types::STRING);
	}

	/** @return SafeMeetingReceipt */
	public function toArray(): array {
		return [
			'id' => (int)$this->getId(),
			'token' => $this->getToken(),
			'kind' => $this->getKind(),
			'objectId' => $this->getObjectId(),
			'objectName' => $this->getObjectName(),
			'action' => $this->getAction(),
			'reason' => $this->getReason(),
			'rule' => $this->getRule(),
			'at' => $this->getActedAt(),
			'actorType' => $this->getActorType(),
			'actorId' => $this->getActorId(),
		];
	}
}
