<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Controller\ChatController: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Controller;

use OCP\AppFramework\Http\DataResponse;

/**
 * Route `Chat#clearHistory` DELETE /api/{apiVersion}/chat/{token} (#[RequireModeratorParticipant]):
 * ChatManager::clearHistory drops the room's shares by SQL, with no share event. Tests mock it (its real
 * constructor takes Talk's services).
 */
class ChatController extends AEnvironmentAwareOCSController {
	public function clearHistory(): DataResponse {
		throw new \LogicException('stub');
	}
}
