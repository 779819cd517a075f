<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Files\Node: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Files;

interface Node extends FileInfo {
	/**
	 * @throws NotPermittedException
	 * @throws InvalidPathException
	 * @throws NotFoundException
	 */
	public function delete();

	public function getMTime();

	/**
	 * @return Folder
	 */
	public function getParent();
}
