<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Files\IRootFolder: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Files;

use OC\User\NoUserException;

/**
 * The real interface also extends OC\Hooks\Emitter (not public API).
 */
interface IRootFolder extends Folder {
	/**
	 * @return Folder
	 * @throws NoUserException
	 * @throws NotPermittedException
	 */
	public function getUserFolder($userId);
}
