<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCA\SafeMeeting\Retention\RoomShare;
use OCP\AppFramework\Db\Entity;
use OCP\DB\Types;

/**
 * A file that was shared into a safe meeting's chat and whose share is gone before retention decided
 * about the file (the share expired with the chat, or a message was deleted).
 *
 * @method string getToken()
 * @method void setToken(string $token)
 * @method string getOwnerUid()
 * @method void setOwnerUid(string $ownerUid)
 * @method string getSharedBy()
 * @method void setSharedBy(string $sharedBy)
 * @method int getFileId()
 * @method void setFileId(int $fileId)
 * @method string getItemType()
 * @method void setItemType(string $itemType)
 * @method string getName()
 * @method void setName(string $name)
 * @method int getSharedAt()
 * @method void setSharedAt(int $sharedAt)
 */
class PendingFile extends Entity {
	protected string $token = '';
	protected string $ownerUid = '';
	protected string $sharedBy = '';
	protected int $fileId = 0;
	protected string $itemType = '';
	protected string $name = '';
	protected int $sharedAt = 0;

	public function __construct() {
		$this->addType('id', Types::BIGINT);
		$this->addType('token', Types::STRING);
		$this->addType('ownerUid', Types::STRING);
		$this->addType('sharedBy', Types::STRING);
		$this->addType('fileId', Types::BIGINT);
		$this->addType('itemType', Types::STRING);
		$this->addType('name', Types::STRING);
		$this->addType('sharedAt', Types::BIGINT);
	}

	/** The gone share as retention looks at shares: no share id any more. */
	public function toRoomShare(): RoomShare {
		return new RoomShare(0, $this->getToken(), $this->getOwnerUid(), $this->getSharedBy(), $this->getFileId(), $this->getItemType(), '/' . $this->getName(), $this->getSharedAt());
	}
}
