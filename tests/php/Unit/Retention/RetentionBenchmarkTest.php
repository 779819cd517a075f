<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Retention;

use PHPUnit\Framework\TestCase;

/**
 * `npm run bench` keeps running as the code and its doubles change: the retention benchmark at a tiny
 * size, on the stubs, ends well and counts what it claims. It measures nothing here (no timing).
 */
class RetentionBenchmarkTest extends TestCase {
	public function testTheBenchmarkRunsAndTheJobReadsLessThanTheNaiveWay(): void {
		$script = escapeshellarg(__DIR__ . '/../../../bench/retention.php');
		exec('SAFE_MEETING_REFERENCE= ' . escapeshellarg(PHP_BINARY) . " $script 3 2 2>&1", $lines, $exit);

		$this->assertSame(0, $exit, implode("\n", $lines));
		$rows = [];
		foreach ($lines as $line) {
			if (preg_match('/^\s+(nothing due|every share due).*?\s(\d+)\s+(job|naive)\s+(\d+)\s+(\d+)\s+(\d+)/', $line, $m) === 1) {
				$rows["$m[1] $m[3]"] = ['reads' => (int)$m[4], 'writes' => (int)$m[5], 'shareCalls' => (int)$m[6]];
			}
		}
		$this->assertCount(4, $rows, implode("\n", $lines));
		// 3 meetings in one batch: meetings, room shares, pending files (+ other shares of the due files).
		$this->assertSame(['reads' => 3, 'writes' => 0, 'shareCalls' => 0], $rows['nothing due job']);
		$this->assertSame(['reads' => 1 + 3 + 3 * 2, 'writes' => 0, 'shareCalls' => 0], $rows['nothing due naive']);
		$this->assertSame(4, $rows['every share due job']['reads']);
		$this->assertSame($rows['every share due naive']['shareCalls'], $rows['every share due job']['shareCalls'], 'the same deletions');
	}
}
