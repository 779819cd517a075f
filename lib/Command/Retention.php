<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Command;

use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Retention\RetentionItem;
use OCA\SafeMeeting\Retention\RetentionRunner;
use OCA\SafeMeeting\Retention\RunReport;
use OCA\SafeMeeting\Service\MeetingService;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Talk\TalkRetention;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Helper\ProgressBar;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * `occ safe_meeting:retention [--dry-run] [--meeting TOKEN]`: applies retention now, to every safe meeting
 * or one, with a progress bar. A dry run lists what would be deleted and deletes nothing.
 */
class Retention extends Command {
	public function __construct(
		private RetentionRunner $runner,
		private TalkResolver $talk,
	) {
		parent::__construct();
	}

	protected function configure(): void {
		$this->setName('safe_meeting:retention')
			->setDescription('Delete what the retention rules of safe meetings say is due, with a receipt for each deletion')
			->addOption('dry-run', null, InputOption::VALUE_NONE, 'Only list what would be deleted')
			->addOption('meeting', null, InputOption::VALUE_REQUIRED, 'Only this safe meeting (its Talk room token)');
	}

	protected function execute(InputInterface $input, OutputInterface $output): int {
		$token = $input->getOption('meeting');
		if ($token !== null && (!is_string($token) || preg_match(MeetingService::TOKEN_PATTERN, $token) !== 1)) {
			$output->writeln('<error>--meeting needs a Talk room token (4 to 30 lowercase letters and digits).</error>');
			return self::INVALID;
		}
		$dryRun = (bool)$input->getOption('dry-run');
		try {
			$talk = $this->talk->get(TalkRetention::class);
		} catch (TalkUnavailableException) {
			$output->writeln('<error>Nextcloud Talk is not available; nothing was deleted.</error>');
			return self::FAILURE;
		}

		$progress = new ProgressBar($output, $token === null ? $this->runner->countUnpurged() : 1);
		$progress->start();
		$report = $this->runner->runAll($talk, $token, $dryRun, static fn (int $done) => $progress->advance($done));
		$progress->finish();
		$output->writeln('');

		if ($token !== null && $report->meetings === 0) {
			$output->writeln("<error>No safe meeting with token $token.</error>");
			return self::FAILURE;
		}
		$dryRun ? $this->listPlanned($report, $output) : $this->summarise($report, $output);
		return $report->failedMeetings > 0 ? self::FAILURE : self::SUCCESS;
	}

	private function listPlanned(RunReport $report, OutputInterface $output): void {
		$output->writeln(sprintf('Dry run: %d safe meetings checked, nothing deleted.', $report->meetings));
		foreach ($report->planned as $plan) {
			$output->writeln(sprintf('%s (%s):', $plan->meeting->getToken(), $plan->rule));
			foreach ($plan->items as $item) {
				$output->writeln(sprintf('  %s %s "%s"%s', self::verb($item), $item->kind, $item->name, $item->reason === null ? '' : " (file kept: {$item->reason})"));
			}
		}
	}

	private function summarise(RunReport $report, OutputInterface $output): void {
		$output->writeln(sprintf(
			'%d safe meetings checked: %d deletions and %d files left alone (each with a receipt), %d meetings purged.',
			$report->meetings, $report->outcome->deleted, $report->outcome->kept, $report->purged,
		));
		if ($report->failedMeetings > 0) {
			$output->writeln(sprintf('<error>%d meetings had steps that failed (see the log); the background job tries them again.</error>', $report->failedMeetings));
		}
	}

	private static function verb(RetentionItem $item): string {
		return match ($item->action) {
			RetentionItem::ACTION_DELETE => 'delete',
			RetentionItem::ACTION_UNSHARE => 'unshare',
			default => 'keep',
		};
	}
}
