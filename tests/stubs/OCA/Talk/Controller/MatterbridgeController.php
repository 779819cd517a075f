<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Controller\MatterbridgeController: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Controller;

use OCA\Talk\Manager;
use OCA\Talk\MatterbridgeManager;
use OCP\AppFramework\Http\DataResponse;
use OCP\IRequest;

/**
 * Routes (appinfo/routes/routesMatterbridgeController.php): `Matterbridge#editBridgeOfRoom` PUT
 * /api/{apiVersion}/bridge/{token}, #[RequireLoggedInModeratorParticipant]; Talk fires no event when a
 * bridge starts relaying the chat. Not all constructor types are stubbed: build mocks without it.
 */
class MatterbridgeController extends AEnvironmentAwareOCSController {
	public function __construct(
		string $appName,
		protected ?string $userId,
		IRequest $request,
		protected Manager $manager,
		protected MatterbridgeManager $bridgeManager,
	) {
		parent::__construct($appName, $request);
	}

	public function editBridgeOfRoom(bool $enabled, array $parts = []): DataResponse {
		throw new \LogicException('stub');
	}
}
