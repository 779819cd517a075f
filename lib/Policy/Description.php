<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * The room description and its privacy notice: the twin of src/policy/description.ts.
 */
final class Description {
	/** Talk's limit for a room description (Room::DESCRIPTION_MAXIMUM_LENGTH). */
	public const MAX_LENGTH = 2000;
	public const NOTICE_SEPARATOR = "\n\n---\n";

	/** @param array{text: string, url: string, version: string} $notice */
	public static function compose(string $text, array $notice): string {
		$block = implode("\n", array_filter([Json::trim($notice['text']), Json::trim($notice['url'])], static fn (string $part): bool => $part !== ''));
		if ($block === '') {
			return $text;
		}
		return $text === '' ? $block : $text . self::NOTICE_SEPARATOR . $block;
	}

	/** Whether a room description still carries the notice (moderators can edit descriptions in Talk). */
	public static function carriesNotice(string $description, array $notice): bool {
		return str_contains($description, Json::trim($notice['text'])) && str_contains($description, Json::trim($notice['url']));
	}
}
