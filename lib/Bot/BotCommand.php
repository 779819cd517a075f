<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Bot;

/**
 * One of the bot's chat commands: `/lock`, `/unlock`, `/admit <name>`, `/end`. Anything else is not
 * for the bot (it reads nothing else and keeps nothing).
 */
final class BotCommand {
	public const LOCK = 'lock';
	public const UNLOCK = 'unlock';
	public const ADMIT = 'admit';
	public const END = 'end';

	private function __construct(
		/** @var self::LOCK|self::UNLOCK|self::ADMIT|self::END */
		public readonly string $name,
		/** For `/admit`: whom (a user id, `@mention` or e-mail address); '' when none was given. */
		public readonly string $argument,
	) {
	}

	/**
	 * The command a chat message is, or null: the command must be the whole message, in any letter
	 * case; only `/admit` takes an argument.
	 */
	public static function parse(string $message): ?self {
		if (preg_match('#^\s*/(lock|unlock|admit|end)(?:\s+(.*?))?\s*$#isu', $message, $match) !== 1) {
			return null;
		}
		$name = strtolower($match[1]);
		$argument = $match[2] ?? '';
		if ($name !== self::ADMIT && $argument !== '') {
			return null; // "/end of the agenda" is a sentence, not a command
		}
		return new self($name, $argument);
	}
}
