<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Command;

use OCA\SafeMeeting\Command\Compliance;
use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\ReportEntry;
use PHPUnit\Framework\TestCase;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

class ComplianceTest extends TestCase {
	/** @var list<string> */
	private array $lines = [];

	/** @param list<ReportEntry> $report */
	private function execute(array $report, string $format): int {
		$compliance = $this->createMock(ComplianceService::class);
		$compliance->method('report')->willReturn($report);
		$input = $this->createMock(InputInterface::class);
		$input->method('getOption')->with('output')->willReturn($format);
		$output = $this->createMock(OutputInterface::class);
		$output->method('writeln')->willReturnCallback(function (string $line): void {
			$this->lines[] = $line;
		});
		$command = new Compliance($compliance);
		// Symfony's run() binds the input definition first; execute() is what the command adds.
		$execute = new \ReflectionMethod($command, 'execute');
		$execute->setAccessible(true);
		return $execute->invoke($command, $input, $output);
	}

	private static function report(): array {
		return [
			new ReportEntry(5, 'Access protection', 'B+D', CriterionResult::fails('Guest links need no password.', [new Evidence('spreed.force_passwords', 'Talk requires a password', 'no')], Fix::action('force-passwords', 'Require', 'occ config:app:set spreed force_passwords --value=1'))),
			new ReportEntry(13, 'Log minimisation', 'D', CriterionResult::holds('Warnings only.', [])),
		];
	}

	public function testIsTheOccCommandSafeMeetingCompliance(): void {
		$command = new Compliance($this->createMock(ComplianceService::class));
		$this->assertSame('safe_meeting:compliance', $command->getName());
	}

	public function testPrintsEachCriterionWithEvidenceAndFixAndFailsWhenOneFails(): void {
		$this->assertSame(1, $this->execute(self::report(), 'plain'));
		$this->assertSame([
			'✗  5 Access protection [B+D]: Guest links need no password.',
			'     spreed.force_passwords = no (Talk requires a password)',
			'     → occ config:app:set spreed force_passwords --value=1',
			'✓ 13 Log minimisation [D]: Warnings only.',
		], $this->lines);
	}

	public function testPrintsTheSameReportAsJson(): void {
		$this->execute(self::report(), 'json');
		$this->assertCount(1, $this->lines);
		$json = json_decode($this->lines[0], true);
		$this->assertSame(array_map(static fn (ReportEntry $e): array => $e->toArray(), self::report()), $json['criteria']);
	}

	public function testSucceedsWhenEveryCriterionHolds(): void {
		$this->assertSame(0, $this->execute([self::report()[1]], 'plain'));
	}

	public function testRefusesAnUnknownFormat(): void {
		$this->assertSame(2, $this->execute(self::report(), 'yaml'));
		$this->assertStringContainsString('Unknown output format "yaml"', $this->lines[0]);
	}
}
