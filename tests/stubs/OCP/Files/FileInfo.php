<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Files\FileInfo: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Files;

interface FileInfo {
	public const TYPE_FILE = 'file';
	public const TYPE_FOLDER = 'dir';

	public function getName();

	public function getPath();

	public function getStorage();

	public function getId();

	public function getType();

	public function isShared();

	/**
	 * @return ?\OCP\IUser
	 */
	public function getOwner();

	public function getUploadTime(): int;
}
