<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\BackgroundJob;

use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Retention\RetentionRunner;
use OCA\SafeMeeting\Service\ReceiptService;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\IJob;
use OCP\BackgroundJob\TimedJob;
use Psr\Log\LoggerInterface;

/**
 * Hourly: expires old receipts, then applies retention to the registered meetings for a bounded time
 * (RetentionRunner resumes where the last run stopped). Not time-sensitive: Nextcloud may move it into
 * its maintenance window. Nothing escapes into cron: a failure is logged and tried again next run.
 */
class RetentionJob extends TimedJob {
	/** Seconds one run may start new batches; a batch in progress finishes. */
	public const MAX_SECONDS = 120;

	public function __construct(
		ITimeFactory $time,
		private RetentionRunner $runner,
		private ReceiptService $receipts,
		private TalkResolver $talk,
		private LoggerInterface $logger,
	) {
		parent::__construct($time);
		$this->setInterval(60 * 60);
		$this->setTimeSensitivity(IJob::TIME_INSENSITIVE);
		// Two runs at once would walk the same meetings twice.
		$this->setAllowParallelRuns(false);
	}

	protected function run($argument): void {
		try {
			$expired = $this->receipts->expire($this->time->getTime());
			if ($expired > 0) {
				$this->logger->info('Expired deletion receipts', ['app' => 'safe_meeting', 'count' => $expired]);
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not expire deletion receipts; tried again next run', ['app' => 'safe_meeting', 'exception' => $e]);
		}

		try {
			$talk = $this->talk->get(TalkRetention::class);
		} catch (TalkUnavailableException) {
			$this->logger->debug('Talk is not available; retention waits for it', ['app' => 'safe_meeting']);
			return;
		}
		try {
			$report = $this->runner->runScheduled($talk, self::MAX_SECONDS);
		} catch (\Throwable $e) {
			$this->logger->error('Retention run stopped; it resumes next run', ['app' => 'safe_meeting', 'exception' => $e]);
			return;
		}
		if ($report->outcome->deleted > 0 || $report->failedMeetings > 0) {
			$this->logger->info('Retention run finished', [
				'app' => 'safe_meeting',
				'meetings' => $report->meetings,
				'deleted' => $report->outcome->deleted,
				'kept' => $report->outcome->kept,
				'purged' => $report->purged,
				'failedMeetings' => $report->failedMeetings,
			]);
		}
	}
}
