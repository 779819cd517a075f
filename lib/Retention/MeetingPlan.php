<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Talk\ChatState;

/**
 * What retention does to one meeting in one pass: its items, and the rule the receipts will name.
 */
final class MeetingPlan {
	/**
	 * @param list<RetentionItem> $items shares and recordings first, the conversation (if it goes) last
	 */
	public function __construct(
		public readonly Meeting $meeting,
		public readonly RetentionRules $rules,
		public readonly string $rule,
		public readonly array $items,
		public readonly ?ChatState $chat = null,
	) {
	}

	public function conversation(): ?RetentionItem {
		foreach ($this->items as $item) {
			if ($item->kind === RetentionItem::KIND_CONVERSATION) {
				return $item;
			}
		}
		return null;
	}
}
