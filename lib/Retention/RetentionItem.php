<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCP\Files\Node;

/**
 * One thing retention will remove from a meeting, with when and how: a room share (and maybe its file),
 * a recording, or the conversation itself.
 *
 * @psalm-import-type SafeMeetingRetentionItem from \OCA\SafeMeeting\ResponseDefinitions
 */
final class RetentionItem {
	public const KIND_SHARE = 'share';
	/** A file whose room share is already gone (expired with the chat): only the file is left to decide. */
	public const KIND_FILE = 'file';
	public const KIND_RECORDING = 'recording';
	public const KIND_CONVERSATION = 'conversation';

	/** Delete it (a share: the share and its file). */
	public const ACTION_DELETE = 'delete';
	/** Remove the share only; the file stays (reason says why), or, without a reason, a later share of it decides. */
	public const ACTION_UNSHARE = 'unshare';
	/** Leave it alone (a file or recording outside the rule; reason says why). */
	public const ACTION_KEEP = 'keep';

	public function __construct(
		public readonly string $kind,
		/** `ocRoomShare:<id>`, a file id (file, recording), or the room token. */
		public readonly string $objectId,
		public readonly string $name,
		/** When it was shared / stored, or the meeting's end for the conversation. */
		public readonly int $since,
		public readonly int $dueAt,
		public readonly string $action,
		public readonly ?string $reason = null,
		public readonly ?RoomShare $share = null,
		public readonly ?Node $node = null,
	) {
	}

	/** @return SafeMeetingRetentionItem */
	public function toArray(): array {
		return [
			'kind' => $this->kind,
			'id' => $this->objectId,
			'name' => $this->name,
			'since' => $this->since,
			'dueAt' => $this->dueAt,
			'action' => $this->action,
			'reason' => $this->reason,
		];
	}
}
