<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Model\BotConversation: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Model;

use OCP\AppFramework\Db\Entity;
use OCP\DB\Types;

/**
 * @method int getBotId()
 * @method void setBotId(int $botId)
 * @method string getToken()
 * @method void setToken(string $token)
 * @method int getState()
 * @method void setState(int $state)
 */
class BotConversation extends Entity {
	protected int $botId = 0;
	protected string $token = '';
	protected int $state = Bot::STATE_DISABLED;

	public function __construct() {
		$this->addType('bot_id', Types::BIGINT);
		$this->addType('token', Types::STRING);
		$this->addType('state', Types::SMALLINT);
	}
}
