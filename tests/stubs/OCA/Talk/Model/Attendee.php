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
 * Talk 22's attendee row, with the columns the stubs and tests need (magic getters and setters, as the
 * real entity).
 *
 * @method int getRoomId()
 * @method void setRoomId(int $roomId)
 * @method void setDisplayName(string $displayName)
 * @method ?string getInvitedCloudId()
 * @method void setInvitedCloudId(string $invitedCloudId)
 * @method void setActorType(string $actorType)
 * @method string getActorType()
 * @method void setActorId(string $actorId)
 * @method string getActorId()
 * @method void setParticipantType(int $participantType)
 * @method int getParticipantType()
 * @method void setPermissions(int $permissions)
 * @method int getPermissions()
 */
class Attendee extends Entity {
	public const ACTOR_USERS = 'users';
	public const ACTOR_GROUPS = 'groups';
	public const ACTOR_GUESTS = 'guests';
	public const ACTOR_EMAILS = 'emails';
	public const ACTOR_CIRCLES = 'circles';
	public const ACTOR_BRIDGED = 'bridged';
	public const ACTOR_BOTS = 'bots';
	public const ACTOR_FEDERATED_USERS = 'federated_users';
	public const ACTOR_PHONES = 'phones';
	public const ACTOR_BOT_PREFIX = 'bot-';

	public const PERMISSIONS_DEFAULT = 0;
	public const PERMISSIONS_LOBBY_IGNORE = 8;

	protected int $roomId = 0;
	protected string $actorType = '';
	protected string $actorId = '';
	protected ?string $displayName = null;
	protected int $participantType = 0;
	protected int $permissions = 0;
	protected ?string $invitedCloudId = null;

	public function __construct() {
		$this->addType('roomId', Types::BIGINT);
		$this->addType('actorType', Types::STRING);
		$this->addType('actorId', Types::STRING);
		$this->addType('displayName', Types::STRING);
		$this->addType('participantType', Types::SMALLINT);
		$this->addType('permissions', Types::INTEGER);
		$this->addType('invitedCloudId', Types::STRING);
	}

	public function getDisplayName(): string {
		return (string)$this->displayName;
	}
}
