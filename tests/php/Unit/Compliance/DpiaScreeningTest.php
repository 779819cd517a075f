<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance;

use OCA\SafeMeeting\Compliance\DpiaScreening;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use PHPUnit\Framework\TestCase;

class DpiaScreeningTest extends TestCase {
	private const QUIET = ['monitoring' => false, 'recording' => false, 'transfers' => false, 'ai' => [], 'users' => 50];

	public static function facts(): array {
		return [
			'nothing but employees: not indicated' => [self::QUIET, false],
			'monitoring: indicated' => [['monitoring' => true] + self::QUIET, true],
			'recording: indicated' => [['recording' => true] + self::QUIET, true],
			'third country: indicated' => [['transfers' => true] + self::QUIET, true],
			'unknown transfer counts as neither' => [['transfers' => null] + self::QUIET, false],
			'AI: indicated' => [['ai' => ['integration_openai']] + self::QUIET, true],
			'large scale: indicated' => [['users' => DpiaScreening::LARGE_SCALE_USERS] + self::QUIET, true],
			'one user short of large scale' => [['users' => DpiaScreening::LARGE_SCALE_USERS - 1] + self::QUIET, false],
		];
	}

	/** @dataProvider facts */
	public function testTwoCriteriaIndicateAFullAssessment(array $facts, bool $indicated): void {
		$this->assertSame($indicated, (new DpiaScreening(new FakeL10N()))->screen($facts)['indicated']);
	}

	public function testEveryQuestionSaysWhyAndTheUnanswerableOnesSaySo(): void {
		$screening = (new DpiaScreening(new FakeL10N()))->screen(['transfers' => null] + self::QUIET);
		$this->assertCount(7, $screening['questions']);
		foreach ($screening['questions'] as $question) {
			$this->assertNotSame('', $question['basis'], $question['question']);
		}
		$unknown = array_values(array_filter($screening['questions'], static fn (array $q): bool => $q['answer'] === DpiaScreening::UNKNOWN));
		$this->assertCount(2, $unknown, 'third countries (unclassified providers) and Art. 9 data');
	}
}
