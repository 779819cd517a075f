<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Files\Folder: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Files;

interface Folder extends Node {
	/**
	 * @return string|null
	 */
	public function getRelativePath($path);

	/**
	 * @return \OCP\Files\Node[]
	 */
	public function getDirectoryListing();

	/**
	 * @return \OCP\Files\Node
	 * @throws NotFoundException
	 * @throws NotPermittedException
	 */
	public function get($path);

	public function getFirstNodeById(int $id): ?Node;
}
