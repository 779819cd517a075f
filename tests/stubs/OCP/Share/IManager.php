<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Share\IManager: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Share;

use OCP\Share\Exceptions\ShareNotFound;

interface IManager {
	/**
	 * @throws ShareNotFound
	 * @throws \InvalidArgumentException
	 */
	public function deleteShare(IShare $share);

	/**
	 * @throws ShareNotFound
	 */
	public function getShareById($id, $recipient = null, bool $onlyValid = true);
}
