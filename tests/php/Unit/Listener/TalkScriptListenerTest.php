<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Listener\TalkScriptListener;
use OCP\AppFramework\Http\Events\BeforeTemplateRenderedEvent;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\Util;
use PHPUnit\Framework\TestCase;

class TalkScriptListenerTest extends TestCase {
	/** @return array<string, array{0: bool, 1: string, 2: list<array>}> */
	public static function pages(): array {
		return [
			'Talk for a logged-in user' => [true, 'spreed', [['translations', 'safe_meeting', null], ['script', 'safe_meeting', 'safe_meeting-talk']]],
			'Talk\'s public page for a guest' => [false, 'spreed', []],
			'another app' => [true, 'files', []],
			'our own page' => [true, 'safe_meeting', []],
		];
	}

	/** @dataProvider pages */
	public function testAddsTheScriptToTalksPageOnly(bool $loggedIn, string $app, array $loaded): void {
		Util::$loaded = [];

		(new TalkScriptListener())->handle(new BeforeTemplateRenderedEvent($loggedIn, new TemplateResponse($app, 'index')));

		$this->assertSame($loaded, Util::$loaded);
	}
}
