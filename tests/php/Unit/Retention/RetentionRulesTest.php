<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Retention;

use OCA\SafeMeeting\Retention\FileScope;
use OCA\SafeMeeting\Retention\RetentionRules;
use OCA\SafeMeeting\Talk\ChatState;
use PHPUnit\Framework\TestCase;

class RetentionRulesTest extends TestCase {
	private const PLAN = ['end' => 1000, 'settings' => ['fileRetentionDays' => 2, 'meetingRetentionDays' => 3, 'recording' => 'with-consent']];

	public function testFilesGoTheirRetentionInDaysAfterTheyWereShared(): void {
		$rules = RetentionRules::fromPlan(self::PLAN);
		$this->assertSame(500 + 2 * 86400, $rules->fileDueAt(500));
	}

	public function testTheMeetingIsDueAtTheSecondItsRetentionEndsNotBefore(): void {
		$rules = RetentionRules::fromPlan(self::PLAN);
		$due = 1000 + 3 * 86400;
		$this->assertSame($due, $rules->meetingDueAt());
		$this->assertFalse($rules->isMeetingDue($due - 1));
		$this->assertTrue($rules->isMeetingDue($due));
	}

	public function testRecordingCountsAsAllowedUnlessThePlanBlocksIt(): void {
		$this->assertTrue(RetentionRules::fromPlan(self::PLAN)->recordingAllowed);
		$this->assertFalse(RetentionRules::fromPlan(['settings' => ['recording' => 'blocked']])->recordingAllowed);
		$this->assertFalse(RetentionRules::fromPlan([])->recordingAllowed, 'the built-in default blocks recording');
	}

	/**
	 * @dataProvider incompletePlans
	 */
	public function testAPlanWithoutUsableValuesIsIncomplete(array $plan): void {
		$this->assertFalse(RetentionRules::fromPlan($plan)->isComplete());
	}

	public function testWithoutAnEndOrMeetingRetentionTheMeetingIsNeverDue(): void {
		$this->assertFalse(RetentionRules::fromPlan(['settings' => ['meetingRetentionDays' => 3]])->isMeetingDue(PHP_INT_MAX));
		$this->assertFalse(RetentionRules::fromPlan(['end' => 1000, 'settings' => []])->isMeetingDue(PHP_INT_MAX));
		$this->assertNull(RetentionRules::fromPlan(['end' => 1000])->fileDueAt(1));
	}

	public static function incompletePlans(): array {
		return [
			'no settings' => [['end' => 1000]],
			'no end' => [['settings' => ['fileRetentionDays' => 2, 'meetingRetentionDays' => 3]]],
			'zero days' => [['end' => 1000, 'settings' => ['fileRetentionDays' => 0, 'meetingRetentionDays' => 3]]],
			'days as text' => [['end' => 1000, 'settings' => ['fileRetentionDays' => '2', 'meetingRetentionDays' => 3]]],
			'settings not an object' => [['end' => 1000, 'settings' => 'x']],
		];
	}

	/**
	 * @dataProvider paths
	 */
	public function testIsInsideAFolderOnlyBelowItAndNeverBelowTheRoot(string $path, string $folder, bool $inside): void {
		$this->assertSame($inside, FileScope::isInside($path, $folder));
	}

	public static function paths(): array {
		return [
			'in the Talk folder' => ['/Talk/a.pdf', '/Talk', true],
			'nested' => ['/Talk/Recording/abcd1234/call.webm', 'Talk/Recording/abcd1234/', true],
			'a sibling with the same prefix' => ['/Talkative/a.pdf', '/Talk', false],
			'the folder itself' => ['/Talk', '/Talk', false],
			'elsewhere' => ['/Documents/a.pdf', '/Talk', false],
			'attachment folder reset to the root' => ['/a.pdf', '/', false],
			'empty folder setting' => ['/a.pdf', '', false],
		];
	}

	public function testTheLastMessageGoesItsExpiryAfterTheLastActivity(): void {
		$this->assertSame(5000 + 3600, (new ChatState('Room', 3600, 5000))->lastMessageGoneAt());
		$this->assertNull((new ChatState('Room', 0, 5000))->lastMessageGoneAt(), 'messages never expire');
		$this->assertNull((new ChatState('Room', 3600, null))->lastMessageGoneAt(), 'nothing posted yet');
	}
}
