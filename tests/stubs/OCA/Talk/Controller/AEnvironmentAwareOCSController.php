<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Controller\AEnvironmentAwareOCSController: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk\Controller;

use OCA\Talk\Room;
use OCP\AppFramework\OCSController;

/**
 * Talk's InjectionMiddleware calls setRoom() in its beforeController for methods with a Require*Participant
 * or RequireRoom attribute; until then getRoom() is null.
 */
abstract class AEnvironmentAwareOCSController extends OCSController {
	protected ?Room $room = null;

	public function setRoom(Room $room): void {
		$this->room = $room;
	}

	public function getRoom(): ?Room {
		return $this->room;
	}
}
