<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Controller\RoomController: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Controller;

use OCP\AppFramework\Http\DataResponse;

/**
 * Routes (appinfo/routes/routesRoomController.php): `Room#addParticipantToRoom` POST
 * /api/{apiVersion}/room/{token}/participants (#[RequireLoggedInModeratorParticipant]),
 * `Room#importEmailsAsParticipants` POST /api/{apiVersion}/room/{token}/import-emails
 * (#[RequireModeratorParticipant]). Tests mock it (its real constructor takes Talk's services).
 */
class RoomController extends AEnvironmentAwareOCSController {
	public function addParticipantToRoom(string $newParticipant, string $source = 'users'): DataResponse {
		throw new \LogicException('stub');
	}

	public function importEmailsAsParticipants(bool $testRun = false): DataResponse {
		throw new \LogicException('stub');
	}
}
