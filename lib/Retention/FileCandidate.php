<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCP\Files\Node;

/**
 * A file retention looked at: a room share's file or a recording, located in its owner's files.
 * Either already known to stay (`keepReason`), or a deletion candidate that must not be shared anywhere
 * else: `guardIds` are the file's id and those of every folder above it up to the owner's root.
 */
final class FileCandidate {
	/**
	 * @param list<int> $guardIds
	 */
	public function __construct(
		public readonly ?Node $node,
		public readonly ?string $keepReason,
		public readonly array $guardIds = [],
	) {
	}

	public static function keep(string $reason, ?Node $node = null): self {
		return new self($node, $reason);
	}
}
