<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Controller\PageController: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk\Controller;

use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Response;

/**
 * The public web page of a conversation: `Page#showCall` GET /call/{token} (a route the server hard-codes),
 * `Page#authenticatePassword` POST /call/{token}, `Page#index` GET /apps/spreed/?token=…
 * Tests mock it (its real constructor takes Talk's services).
 */
class PageController extends Controller {
	public function showCall(string $token, string $email = '', string $access = ''): Response {
		throw new \LogicException('stub');
	}

	public function authenticatePassword(string $token, string $password = ''): Response {
		throw new \LogicException('stub');
	}

	public function index(string $token = '', string $callUser = ''): Response {
		throw new \LogicException('stub');
	}
}
