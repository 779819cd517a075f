<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IAppConfig;
use Psr\Log\LoggerInterface;

/**
 * Walks the registry in batches and applies retention to every meeting not yet purged, also those
 * whose room Talk deleted (their files and recordings still go on schedule).
 *
 * The background job runs it for a bounded time: it first retries the meetings that failed last time,
 * then continues the sweep where the previous run stopped (a cursor in app config), so work is never
 * lost and never repeated within a sweep. occ runs one full sweep (or one meeting) without a limit.
 */
class RetentionRunner {
	/** Meetings per batch: each batch costs a constant number of queries. */
	public const BATCH = 200;
	/** Meetings remembered for a retry; more failures than this wait for the next sweep. */
	public const MAX_RETRY = 1000;

	public function __construct(
		private MeetingMapper $meetings,
		private RetentionPlanner $planner,
		private RetentionExecutor $executor,
		private IAppConfig $appConfig,
		private ITimeFactory $timeFactory,
		private LoggerInterface $logger,
		private int $batchSize = self::BATCH,
	) {
	}

	/**
	 * The background job's run: stops starting new batches once `maxSeconds` have passed.
	 */
	public function runScheduled(TalkRetention $talk, int $maxSeconds): RunReport {
		$report = new RunReport();
		$deadline = $this->timeFactory->getTime() + $maxSeconds;
		$progress = $this->progress();

		$retry = array_slice($progress['retry'], 0, self::MAX_RETRY);
		$failed = [];
		foreach (array_chunk($retry, $this->batchSize) as $ids) {
			if ($this->timeFactory->getTime() >= $deadline) {
				// Not reached this time: keep them for the next run.
				array_push($failed, ...$ids);
				continue;
			}
			$batch = $this->meetings->findUnpurgedByIds($ids);
			array_push($failed, ...$this->process($batch, $talk, $report, ReceiptContext::job(...)));
		}

		$cursor = $progress['cursor'];
		while (true) {
			if ($this->timeFactory->getTime() >= $deadline) {
				$report->stoppedEarly = true;
				break;
			}
			$batch = $this->meetings->findPageAfter($cursor, $this->batchSize, true);
			$failedHere = $this->process($batch, $talk, $report, ReceiptContext::job(...));
			// Meetings retried above already had their turn in this run.
			array_push($failed, ...array_diff($failedHere, $retry));
			if (count($batch) < $this->batchSize) {
				$cursor = 0;
				break;
			}
			$cursor = (int)end($batch)->getId();
			$this->saveProgress($cursor, $failed);
		}
		$this->saveProgress($cursor, $failed);
		return $report;
	}

	/**
	 * One full sweep over every live meeting, or the one with `token`, for occ.
	 *
	 * @param null|callable(int): void $advance called with the number of meetings each batch handled
	 */
	public function runAll(TalkRetention $talk, ?string $token, bool $dryRun, ?callable $advance = null): RunReport {
		$report = new RunReport();
		$context = $dryRun ? null : ReceiptContext::occ(...);
		if ($token !== null) {
			$meeting = $this->liveMeeting($token);
			if ($meeting !== null) {
				$this->process([$meeting], $talk, $report, $context);
			}
			if ($advance !== null) {
				$advance(1);
			}
			return $report;
		}
		$cursor = 0;
		do {
			$batch = $this->meetings->findPageAfter($cursor, $this->batchSize, true);
			$this->process($batch, $talk, $report, $context);
			if ($advance !== null && $batch !== []) {
				$advance(count($batch));
			}
			$cursor = $batch === [] ? $cursor : (int)end($batch)->getId();
		} while (count($batch) === $this->batchSize);
		return $report;
	}

	public function countUnpurged(): int {
		return $this->meetings->countUnpurged();
	}

	/**
	 * @param list<Meeting> $batch
	 * @param null|\Closure(int): ReceiptContext $contextAt who acts, for the time of the batch; null = dry run
	 * @return list<int> ids of the meetings that need another try
	 */
	private function process(array $batch, TalkRetention $talk, RunReport $report, ?\Closure $contextAt): array {
		if ($batch === []) {
			return [];
		}
		$now = $this->timeFactory->getTime();
		$plans = $this->planner->plan($batch, $talk, $now, RetentionPlanner::MODE_DUE);
		$failed = array_map(static fn (Meeting $m): int => (int)$m->getId(), $plans->failed);
		$report->meetings += count($batch);
		$report->failedMeetings += count($plans->failed);
		$context = $contextAt === null ? null : $contextAt($now);
		foreach ($plans->plans as $plan) {
			if ($plan->items === []) {
				continue;
			}
			if ($context === null) {
				$report->planned[] = $plan;
				continue;
			}
			$outcome = $this->executor->execute($plan, $talk, $context);
			$report->outcome->add($outcome);
			$report->purged += $outcome->purged ? 1 : 0;
			if ($outcome->failed > 0) {
				$failed[] = (int)$plan->meeting->getId();
				$report->failedMeetings++;
			}
		}
		return $failed;
	}

	private function liveMeeting(string $token): ?Meeting {
		try {
			return $this->meetings->findUnpurgedByToken($token);
		} catch (DoesNotExistException) {
			return null;
		}
	}

	/** @return array{cursor: int, retry: list<int>} */
	private function progress(): array {
		$stored = json_decode($this->appConfig->getValueString(Application::APP_ID, Lexicon::RETENTION_PROGRESS, '{}', true), true);
		$cursor = is_array($stored) && is_int($stored['cursor'] ?? null) ? $stored['cursor'] : 0;
		$retry = is_array($stored) && is_array($stored['retry'] ?? null) ? array_values(array_filter($stored['retry'], 'is_int')) : [];
		return ['cursor' => max(0, $cursor), 'retry' => $retry];
	}

	/** @param list<int> $retry */
	private function saveProgress(int $cursor, array $retry): void {
		$retry = array_slice(array_values(array_unique($retry)), 0, self::MAX_RETRY);
		$this->appConfig->setValueString(Application::APP_ID, Lexicon::RETENTION_PROGRESS, (string)json_encode(['cursor' => $cursor, 'retry' => $retry]), true);
	}
}
