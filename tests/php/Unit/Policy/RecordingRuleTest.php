<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\RecordingRule;
use OCA\SafeMeeting\Policy\Settings;
use OCA\SafeMeeting\Tests\Support\Plans;
use PHPUnit\Framework\TestCase;

class RecordingRuleTest extends TestCase {
	private static function plan(mixed $recording): array {
		$plan = Plans::accepted();
		$plan['settings']['recording'] = $recording;
		return $plan;
	}

	public function testBlockedPlansBlockRecording(): void {
		$this->assertTrue(RecordingRule::blocksRecording(self::plan('blocked')));
	}

	public function testWithConsentPlansAllowRecording(): void {
		$this->assertFalse(RecordingRule::blocksRecording(self::plan('with-consent')));
	}

	public function testTheRuleKnowsEveryRecordingValueOfTheCatalogue(): void {
		// A new value in Settings::RECORDING must be decided here, not silently blocked.
		$this->assertSame(['blocked', 'with-consent'], Settings::RECORDING);
	}

	public function testAPlanWithoutAKnownValueBlocks(): void {
		$this->assertTrue(RecordingRule::blocksRecording(self::plan('')));
		$this->assertTrue(RecordingRule::blocksRecording(self::plan(null)));
		$this->assertTrue(RecordingRule::blocksRecording(['settings' => 'damaged']));
		$this->assertTrue(RecordingRule::blocksRecording([]));
	}
}
