<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\BotRule;
use OCA\SafeMeeting\Tests\Support\Plans;
use PHPUnit\Framework\TestCase;

class BotRuleTest extends TestCase {
	/** [plan setting `bots` (null: absent), forbids] */
	public static function settings(): array {
		return [
			'absent: a plan from before the setting, built-in default off' => [null, true],
			'off' => ['off', true],
			'allowed' => ['allowed', false],
			'unknown value' => ['yes', true],
			'wrong type' => [1, true],
		];
	}

	/** @dataProvider settings */
	public function testBotsAreForbiddenUnlessThePlanAllowsThem(mixed $setting, bool $forbids): void {
		$plan = Plans::accepted();
		unset($plan['settings']['bots']);
		if ($setting !== null) {
			$plan['settings']['bots'] = $setting;
		}

		$this->assertSame($forbids, BotRule::forbidsBots($plan));
	}

	/** [bot URL, is ours] */
	public static function urls(): array {
		return [
			'our app bot' => ['nextcloudapp://safe_meeting', true],
			'our app bot with a path' => ['nextcloudapp://safe_meeting/lock', true],
			'an app whose id starts like ours' => ['nextcloudapp://safe_meetings', false],
			'an app id with our id as prefix and underscore' => ['nextcloudapp://safe_meeting_bot', false],
			'a webhook mentioning us' => ['https://example.org/nextcloudapp://safe_meeting', false],
			'another app' => ['nextcloudapp://call_summary_bot', false],
			'empty (unknown bot)' => ['', false],
		];
	}

	/** @dataProvider urls */
	public function testOnlyOurOwnAppBotIsOurs(string $url, bool $ours): void {
		$this->assertSame($ours, BotRule::isOwnBot($url));
	}
}
