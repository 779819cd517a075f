<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Controller\RecordingController: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk\Controller;

use OCP\AppFramework\Http\DataResponse;

/**
 * Routes (appinfo/routes/routesRecordingController.php): `Recording#start` POST /api/{apiVersion}/recording/{token},
 * `Recording#stop` DELETE on the same URL. Both are #[RequireLoggedInModeratorParticipant]; tests mock it (its real
 * constructor takes Talk's services).
 */
class RecordingController extends AEnvironmentAwareOCSController {
	public function start(int $status): DataResponse {
		throw new \LogicException('stub');
	}

	public function stop(): DataResponse {
		throw new \LogicException('stub');
	}
}
