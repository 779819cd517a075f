<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Listener\TalkScriptListener;
use OCA\SafeMeeting\Service\PageAssets;
use OCP\AppFramework\Http\Events\BeforeTemplateRenderedEvent;
use OCP\AppFramework\Http\TemplateResponse;
use PHPUnit\Framework\TestCase;

class TalkScriptListenerTest extends TestCase {
	/** @return array<string, array{0: bool, 1: string, 2: bool}> */
	public static function pages(): array {
		return [
			'Talk for a logged-in user' => [true, 'spreed', true],
			'Talk\'s public page for a guest' => [false, 'spreed', false],
			'another app' => [true, 'files', false],
			'our own page' => [true, 'safe_meeting', false],
		];
	}

	/** @dataProvider pages */
	public function testAddsTheScriptToTalksPageOnly(bool $loggedIn, string $app, bool $added): void {
		$assets = $this->createMock(PageAssets::class);
		$assets->expects($added ? $this->once() : $this->never())->method('loadScriptOnly')->with('safe_meeting-talk');

		(new TalkScriptListener($assets))->handle(new BeforeTemplateRenderedEvent($loggedIn, new TemplateResponse($app, 'index')));
	}
}
