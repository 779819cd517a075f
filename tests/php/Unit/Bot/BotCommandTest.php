<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Bot;

use OCA\SafeMeeting\Bot\BotCommand;
use PHPUnit\Framework\TestCase;

class BotCommandTest extends TestCase {
	/** @return array<string, array{0: string, 1: ?string, 2: string}> message => [command or null, argument] */
	public static function messages(): array {
		return [
			'lock' => ['/lock', 'lock', ''],
			'unlock' => ['/unlock', 'unlock', ''],
			'end' => ['/end', 'end', ''],
			'any letter case, spaces around' => ['  /LOCK ', 'lock', ''],
			'admit a user' => ['/admit carol', 'admit', 'carol'],
			'admit a mention' => ['/admit @carol', 'admit', '@carol'],
			'admit an e-mail address' => ['/Admit  dave@example.com ', 'admit', 'dave@example.com'],
			'admit a name with spaces' => ['/admit Carol Example', 'admit', 'Carol Example'],
			'admit nobody' => ['/admit', 'admit', ''],
			'ordinary chat' => ['Shall we lock the meeting?', null, ''],
			'a command inside a sentence' => ['please /lock', null, ''],
			'words after a command that takes none' => ['/end of the agenda', null, ''],
			'a longer word' => ['/locked', null, ''],
			'another bot\'s command' => ['/poll Lunch?', null, ''],
			'two lines' => ["/lock\nnow", null, ''],
			'empty' => ['', null, ''],
		];
	}

	/** @dataProvider messages */
	public function testReadsOnlyItsOwnCommands(string $message, ?string $name, string $argument): void {
		$command = BotCommand::parse($message);

		$this->assertSame($name, $command?->name);
		if ($command !== null) {
			$this->assertSame($argument, $command->argument);
		}
	}
}
