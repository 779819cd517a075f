<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Command;

use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\ReportEntry;
use OCA\SafeMeeting\Compliance\Status;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * `occ safe_meeting:compliance [--output=json|json_pretty]`: the admin page's compliance report on the
 * command line. Exit code 0 when every criterion holds, 1 otherwise, so monitoring can run it.
 */
class Compliance extends Command {
	private const FORMATS = ['plain', 'json', 'json_pretty'];
	private const MARKS = [Status::HOLDS => '✓', Status::FAILS => '✗', Status::UNREADABLE => '?'];

	public function __construct(
		private ComplianceService $compliance,
	) {
		parent::__construct();
	}

	protected function configure(): void {
		$this->setName('safe_meeting:compliance')
			->setDescription('Checks this server against the criteria German data-protection authorities apply to video conferencing')
			->setHelp('Each criterion shows whether it holds, what was read and how to fix it. Exit code 0 when every criterion holds, 1 otherwise.')
			->addOption('output', null, InputOption::VALUE_REQUIRED, 'Output format (plain, json or json_pretty)', 'plain');
	}

	protected function execute(InputInterface $input, OutputInterface $output): int {
		$format = (string)$input->getOption('output');
		if (!in_array($format, self::FORMATS, true)) {
			$output->writeln('<error>Unknown output format "' . $format . '"; use plain, json or json_pretty.</error>');
			return self::INVALID;
		}
		$report = $this->compliance->report();
		if ($format === 'plain') {
			foreach ($report as $entry) {
				$this->writePlain($entry, $output);
			}
		} else {
			$json = ['criteria' => array_map(static fn (ReportEntry $e): array => $e->toArray(), $report)];
			$output->writeln((string)json_encode($json, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR | ($format === 'json_pretty' ? JSON_PRETTY_PRINT : 0)));
		}
		$allHold = array_filter($report, static fn (ReportEntry $e): bool => $e->result->status !== Status::HOLDS) === [];
		return $allHold ? self::SUCCESS : self::FAILURE;
	}

	private function writePlain(ReportEntry $entry, OutputInterface $output): void {
		$result = $entry->result;
		$output->writeln(sprintf('%s %2d %s [%s]: %s', self::MARKS[$result->status] ?? '?', $entry->criterion, $entry->title, $entry->sources, $result->summary));
		foreach ($result->evidence as $evidence) {
			/** @var Evidence $evidence */
			$output->writeln("     $evidence->source = $evidence->value ($evidence->label)");
		}
		if ($result->fix !== null) {
			$output->writeln('     → ' . $result->fix->setting);
		}
	}
}
