<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `php tests/bench/retention.php [meetings] [shares per meeting]` (npm run bench calls it): the retention
 * job over many meetings against counting doubles (SQLite for the database, in-memory files, a share
 * manager over the share table), next to the naive way: one query for each meeting's shares and one per
 * share for where else its file is shared. Prints database queries, share-manager calls, file lookups,
 * peak memory and time, once with nothing due (an ordinary hourly run) and once with every share due.
 */

use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Db\ReceiptMapper;
use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Db\ShareTableReader;
use OCA\SafeMeeting\Retention\FileScope;
use OCA\SafeMeeting\Retention\RetentionExecutor;
use OCA\SafeMeeting\Retention\RetentionPlanner;
use OCA\SafeMeeting\Retention\RetentionRules;
use OCA\SafeMeeting\Retention\RetentionRunner;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Bench\BenchBroker;
use OCA\SafeMeeting\Tests\Bench\BenchFiles;
use OCA\SafeMeeting\Tests\Bench\BenchShareManager;
use OCA\SafeMeeting\Tests\Bench\BenchTalk;
use OCA\SafeMeeting\Tests\Bench\BenchUsers;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\Db\CountingSqliteConnection;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\ReceiptBuilder;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\DB\QueryBuilder\IQueryBuilder;
use Psr\Log\LoggerInterface;

require __DIR__ . '/../bootstrap.php';
require __DIR__ . '/RetentionDoubles.php';

const NOW = 1_900_000_000;
const USERS = 500;

final class Bench {
	public CountingSqliteConnection $db;
	public BenchFiles $files;
	public BenchShareManager $shareManager;
	public BenchBroker $broker;

	public function __construct(int $meetings, int $sharesPerMeeting, int $sharedAt) {
		$this->db = CountingSqliteConnection::withAppSchema();
		$dbal = $this->db->dbal();
		$dbal->executeStatement('CREATE TABLE "oc_share" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "share_type" SMALLINT NOT NULL, "share_with" VARCHAR(255), "uid_owner" VARCHAR(64) NOT NULL, "uid_initiator" VARCHAR(64), "parent" BIGINT, "item_type" VARCHAR(64) NOT NULL, "file_source" BIGINT, "file_target" VARCHAR(4000), "stime" BIGINT NOT NULL)');
		// Nextcloud indexes both columns retention looks up by.
		$dbal->executeStatement('CREATE INDEX share_with_index ON oc_share (share_type, share_with)');
		$dbal->executeStatement('CREATE INDEX file_source_index ON oc_share (file_source)');
		$dbal->executeStatement('CREATE INDEX parent_index ON oc_share (parent)');
		$this->files = new BenchFiles();
		$plan = json_encode(['title' => 'Bench', 'end' => NOW - RetentionRules::DAY, 'settings' => ['fileRetentionDays' => 30, 'meetingRetentionDays' => 3650, 'recording' => 'blocked']]);
		$dbal->beginTransaction();
		$meeting = $dbal->prepare('INSERT INTO oc_safemeet_meetings (token, owner_uid, plan, created_at) VALUES (?, ?, ?, ?)');
		$share = $dbal->prepare('INSERT INTO oc_share (share_type, share_with, uid_owner, uid_initiator, item_type, file_source, file_target, stime) VALUES (10, ?, ?, ?, \'file\', ?, ?, ?)');
		$fileId = 1;
		for ($m = 0; $m < $meetings; $m++) {
			$token = sprintf('m%07d', $m);
			$meeting->executeStatement([$token, 'user' . ($m % USERS), $plan, NOW - 100 * RetentionRules::DAY]);
			for ($s = 0; $s < $sharesPerMeeting; $s++, $fileId++) {
				$owner = 'user' . (($m + $s) % USERS);
				$this->files->addFile($owner, "/Talk/file$fileId.pdf", $fileId);
				$share->executeStatement([$token, $owner, $owner, $fileId, "/{TALK_PLACEHOLDER}/file$fileId.pdf", $sharedAt]);
			}
		}
		$dbal->commit();
		$this->shareManager = new BenchShareManager($this->db);
		$this->broker = new BenchBroker();
		$this->db->reset();
	}

	public function job(): void {
		$logger = new class implements LoggerInterface {
			public function emergency(string|\Stringable $message, array $context = []): void {
			}
			public function alert(string|\Stringable $message, array $context = []): void {
			}
			public function critical(string|\Stringable $message, array $context = []): void {
			}
			public function error(string|\Stringable $message, array $context = []): void {
				fwrite(STDERR, "error: $message\n");
			}
			public function warning(string|\Stringable $message, array $context = []): void {
			}
			public function notice(string|\Stringable $message, array $context = []): void {
			}
			public function info(string|\Stringable $message, array $context = []): void {
			}
			public function debug(string|\Stringable $message, array $context = []): void {
			}
			public function log($level, string|\Stringable $message, array $context = []): void {
			}
		};
		$time = new class implements ITimeFactory {
			public function getTime(): int {
				return NOW;
			}

			public function getDateTime(string $time = 'now', ?\DateTimeZone $timezone = null): \DateTime {
				return new \DateTime('@' . NOW);
			}

			public function now(): \DateTimeImmutable {
				return new \DateTimeImmutable('@' . NOW);
			}
		};
		$meetings = new MeetingMapper($this->db);
		$pending = new PendingFileMapper($this->db);
		$starters = new RecordingStarterMapper($this->db);
		$planner = new RetentionPlanner(new ShareTableReader($this->db), $pending, $starters, new FileScope($this->files, new BenchUsers(), $logger), $logger);
		$executor = new RetentionExecutor($this->shareManager, new ReceiptMapper($this->db), $pending, $starters, $meetings, new RegisteredRoomLookup($meetings, new ArrayCacheFactory(), $logger), $logger);
		$runner = new RetentionRunner($meetings, $planner, $executor, new InMemoryAppConfig(), $time, $logger);
		$talk = new BenchTalk($this->broker);
		$runner->runScheduled($talk, PHP_INT_MAX);
	}

	/**
	 * The same work done naively: one query for each meeting's shares and one per share for other shares of
	 * its file; due files are deleted with their shares and receipts as the job does.
	 */
	public function naive(): void {
		$receipts = new ReceiptMapper($this->db);
		$meetings = $this->db->getQueryBuilder();
		$meetings->select('token', 'owner_uid')->from('safemeet_meetings');
		$result = $meetings->executeQuery();
		while (($meeting = $result->fetch()) !== false) {
			$qb = $this->db->getQueryBuilder();
			$qb->select('id', 'uid_owner', 'file_source', 'file_target', 'stime')->from('share')
				->where($qb->expr()->eq('share_type', $qb->createNamedParameter(10, IQueryBuilder::PARAM_INT)))
				->andWhere($qb->expr()->eq('share_with', $qb->createNamedParameter($meeting['token'])));
			foreach ($qb->executeQuery()->fetchAll() as $share) {
				$others = $this->db->getQueryBuilder();
				$others->select('id')->from('share')->where($others->expr()->eq('file_source', $others->createNamedParameter((int)$share['file_source'], IQueryBuilder::PARAM_INT)));
				$shared = count($others->executeQuery()->fetchAll()) > 1;
				if ((int)$share['stime'] + 30 * RetentionRules::DAY > NOW || $shared) {
					continue;
				}
				$this->files->getUserFolder($share['uid_owner'])->getFirstNodeById((int)$share['file_source'])?->delete();
				$this->shareManager->deleteShare($this->shareManager->getShareById('ocRoomShare:' . $share['id']));
				foreach (['file', 'share'] as $kind) {
					$receipts->insert(ReceiptBuilder::make($meeting['owner_uid'], NOW, basename($share['file_target']), ['token' => $meeting['token'], 'kind' => $kind]));
				}
			}
		}
	}
}

/** @return array{reads: int, writes: int, shareCalls: int, lookups: int, memory: float, seconds: float} */
function measure(int $meetings, int $shares, int $sharedAt, string $approach): array {
	$bench = new Bench($meetings, $shares, $sharedAt);
	gc_collect_cycles();
	memory_reset_peak_usage();
	$base = memory_get_usage();
	$started = hrtime(true);
	$approach === 'job' ? $bench->job() : $bench->naive();
	return [
		'reads' => $bench->db->total('select'),
		'writes' => $bench->db->total() - $bench->db->total('select'),
		'shareCalls' => $bench->shareManager->calls,
		'lookups' => $bench->files->lookups,
		'memory' => (memory_get_peak_usage() - $base) / 1048576,
		'seconds' => (hrtime(true) - $started) / 1e9,
	];
}

// Default: the ordinary hourly run at 1 000 and 10 000 meetings, the all-due run (each deletion also writes
// its receipts) at 1 000 and 2 000; `php tests/bench/retention.php MEETINGS SHARES` runs both at one size.
$shares = (int)($argv[2] ?? 20);
$sizes = isset($argv[1]) ? [[(int)$argv[1]], [(int)$argv[1]]] : [[1000, 10000], [1000, 2000]];
$scenarios = [
	['nothing due (hourly run)', NOW - RetentionRules::DAY, $sizes[0]],
	['every share due', NOW - 40 * RetentionRules::DAY, $sizes[1]],
];
printf("(d) retention over N meetings × %d room shares, batches of %d meetings; DB = the app's own queries (the share manager's not counted)\n", $shares, RetentionRunner::BATCH);
printf("    %-26s %7s %-6s %9s %10s %12s %12s %9s %8s\n", 'scenario', 'N', 'way', 'DB reads', 'DB writes', 'share calls', 'file lookups', 'peak MiB', 'seconds');
foreach ($scenarios as [$name, $sharedAt, $counts]) {
	foreach ($counts as $meetings) {
		foreach (['job', 'naive'] as $approach) {
			$row = measure($meetings, $shares, $sharedAt, $approach);
			printf("    %-26s %7d %-6s %9d %10d %12d %12d %9.1f %8.1f\n", $name, $meetings, $approach, $row['reads'], $row['writes'], $row['shareCalls'], $row['lookups'], $row['memory'], $row['seconds']);
		}
	}
}
printf("    job: DB reads = 3 per batch of meetings (+1 per 1000 due files), memory bounded by the batch; naive: 1 + N + N×%d reads.\n", $shares);
printf("    Both write a receipt per deletion (file and share), the job also one statement per meeting (its files are no longer pending); seconds: wall time on the doubles.\n");
