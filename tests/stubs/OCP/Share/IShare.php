<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Share\IShare: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Share;

use OCP\Files\Node;

interface IShare {
	public const TYPE_USER = 0;
	public const TYPE_GROUP = 1;
	public const TYPE_LINK = 3;
	public const TYPE_EMAIL = 4;
	public const TYPE_ROOM = 10;

	public function getId();

	public function getFullId();

	public function getNode();

	public function getNodeId(): int;

	public function getNodeType();

	public function getShareType();

	public function getSharedWith();

	public function getSharedBy();

	public function getShareOwner();

	public function getTarget();

	public function getShareTime();
}
