<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Model\BotServerMapper: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Model;

use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\QBMapper;
use OCP\IDBConnection;

/**
 * @template-extends QBMapper<BotServer>
 */
class BotServerMapper extends QBMapper {
	public function __construct(
		IDBConnection $db,
	) {
		parent::__construct($db, 'talk_bots_server', BotServer::class);
	}

	/**
	 * @throws DoesNotExistException
	 */
	public function findById(int $botId): BotServer {
		throw new DoesNotExistException('stub');
	}

	/**
	 * @throws DoesNotExistException
	 */
	public function findByUrl(string $url): BotServer {
		throw new DoesNotExistException('stub');
	}
}
