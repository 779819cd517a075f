<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Retention;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Db\Receipt;
use OCA\SafeMeeting\Db\ReceiptMapper;
use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Db\ShareTableReader;
use OCA\SafeMeeting\Retention\FileScope;
use OCA\SafeMeeting\Retention\PendingRoomShares;
use OCA\SafeMeeting\Retention\RetentionExecutor;
use OCA\SafeMeeting\Retention\RetentionPlanner;
use OCA\SafeMeeting\Retention\RetentionRunner;
use OCA\SafeMeeting\Retention\RoomShare;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Service\RetentionService;
use OCA\SafeMeeting\Talk\ChatState;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCA\SafeMeeting\Tests\Support\ArrayCache;
use OCA\SafeMeeting\Tests\Support\CoreShareTable;
use OCA\SafeMeeting\Tests\Support\Db\CountingSqliteConnection;
use OCA\SafeMeeting\Tests\Support\FileTreeMocks;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\ICacheFactory;
use OCP\IUser;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager as IShareManager;
use OCP\Share\IShare;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * Retention against SQLite (the app's tables and Nextcloud's share table) with OCP's share manager, files
 * and Talk mocked: the share manager finds and deletes rows (and their per-user children) like Talk's provider.
 */
abstract class RetentionTestCase extends TestCase {
	use FileTreeMocks;

	protected const DAY = 86400;
	/** The meeting ends here in every scenario. */
	protected const END = 1_800_000_000;

	protected CountingSqliteConnection $db;
	protected CoreShareTable $shares;
	protected MeetingMapper $meetings;
	protected ReceiptMapper $receipts;
	protected PendingFileMapper $pendingFiles;
	protected RecordingStarterMapper $recordingStarters;
	protected IShareManager&MockObject $shareManager;
	protected TalkRetention&MockObject $talk;
	protected LoggerInterface&MockObject $logger;
	protected ITimeFactory&MockObject $time;
	protected int $now = self::END;
	/** @var list<string> full ids passed to deleteShare */
	protected array $deletedShares = [];
	/** @var array<string, true> full ids whose deletion throws */
	protected array $failingShares = [];
	/** @var array<string, string> token → what deleteRoom did: 'deleted' | 'missing' | 'fails' */
	protected array $rooms = [];
	/** @var list<string> */
	protected array $deletedRooms = [];
	/** @var array<string, list<string>> token → user ids in the room */
	protected array $roomUsers = [];
	protected int $getShareByIdCalls = 0;
	/** Whether deleting a share reports it to RoomShareDeletedListener's store, as core's event does. */
	protected bool $shareDeletionIsReported = false;
	/** @var array<string, bool> user → whether they moderate the rooms (absent: not a participant) */
	protected array $seenBy = ['alice' => true, 'bob' => false];

	protected function setUp(): void {
		$this->db = CountingSqliteConnection::withAppSchema();
		$this->shares = new CoreShareTable($this->db);
		$this->meetings = new MeetingMapper($this->db);
		$this->receipts = new ReceiptMapper($this->db);
		$this->pendingFiles = new PendingFileMapper($this->db);
		$this->recordingStarters = new RecordingStarterMapper($this->db);
		$this->logger = $this->createMock(LoggerInterface::class);
		$this->time = $this->createMock(ITimeFactory::class);
		$this->time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		$this->setUpFileTree();
		$this->mockShareManager();
		$this->mockTalk();
	}

	/**
	 * Registers a meeting that ended at END with this plan's retention settings.
	 */
	protected function meeting(string $token, string $owner = 'alice', int $fileDays = 30, int $meetingDays = 90, string $recording = 'blocked', ?array $plan = null): Meeting {
		$meeting = new Meeting();
		$meeting->setToken($token);
		$meeting->setOwnerUid($owner);
		$meeting->setCreatedAt(self::END - 7 * self::DAY);
		$meeting->setPlan((string)json_encode($plan ?? [
			'title' => "Meeting $token",
			'start' => self::END - 3600,
			'end' => self::END,
			'settings' => ['fileRetentionDays' => $fileDays, 'meetingRetentionDays' => $meetingDays, 'recording' => $recording],
		]));
		$this->rooms[$token] = 'deleted';
		$this->roomUsers[$token] = [$owner];
		return $this->meetings->insert($meeting);
	}

	protected function planner(): RetentionPlanner {
		return new RetentionPlanner(new ShareTableReader($this->db), $this->pendingFiles, $this->recordingStarters, new FileScope($this->rootFolder, $this->userManager, $this->logger), $this->logger);
	}

	protected function executor(): RetentionExecutor {
		$cacheFactory = $this->createMock(ICacheFactory::class);
		$cacheFactory->method('createDistributed')->willReturn(new ArrayCache());
		$lookup = new RegisteredRoomLookup($this->meetings, $cacheFactory, $this->logger);
		return new RetentionExecutor($this->shareManager, $this->receipts, $this->pendingFiles, $this->recordingStarters, $this->meetings, $lookup, $this->logger);
	}

	/**
	 * The user-facing service, with Talk saying alice moderates every room, bob is a plain participant
	 * and anybody else is not in it (change `$this->seenBy` for other cases).
	 */
	protected function retentionService(): RetentionService {
		$adapter = $this->createMock(TalkAdapter::class);
		$adapter->method('getRoomState')->willReturnCallback(fn (string $token, string $userId): ?RoomState => isset($this->seenBy[$userId])
			? Plans::matchingRoom(Plans::accepted(), $token, moderated: $this->seenBy[$userId])
			: null);
		$resolver = $this->createMock(TalkResolver::class);
		$resolver->method('get')->willReturnCallback(fn (string $class): object => $class === TalkAdapter::class ? $adapter : $this->talk);
		return new RetentionService($this->meetings, $this->planner(), $this->executor(), $resolver, $this->time);
	}

	protected function user(string $uid): IUser&MockObject {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		return $user;
	}

	protected function runner(InMemoryAppConfig $config = new InMemoryAppConfig(), int $batchSize = RetentionRunner::BATCH): RetentionRunner {
		return new RetentionRunner($this->meetings, $this->planner(), $this->executor(), $config, $this->time, $this->logger, $batchSize);
	}

	/** @return list<array{kind: string, objectId: string, objectName: string, action: string, reason: ?string, rule: string}> oldest first */
	protected function receiptLog(): array {
		$rows = array_reverse($this->receipts->findPage(null, null, 1000, 0));
		return array_map(static fn (Receipt $r): array => [
			'kind' => $r->getKind(),
			'objectId' => $r->getObjectId(),
			'objectName' => $r->getObjectName(),
			'action' => $r->getAction(),
			'reason' => $r->getReason(),
			'rule' => $r->getRule(),
		], $rows);
	}

	private function mockShareManager(): void {
		$this->shareManager = $this->createMock(IShareManager::class);
		$this->shareManager->method('getShareById')->willReturnCallback(function (string $fullId, $recipient = null, bool $onlyValid = true): IShare {
			$this->getShareByIdCalls++;
			$id = (int)substr($fullId, strlen('ocRoomShare:'));
			$row = str_starts_with($fullId, 'ocRoomShare:') ? $this->db->dbal()->fetchAssociative('SELECT file_source FROM oc_share WHERE id = ?', [$id]) : false;
			// Like Talk's RoomShareProvider: a share whose file is gone or in the trash is not found.
			if ($row === false || in_array((int)$row['file_source'], $this->deletedIds, true)) {
				throw new ShareNotFound();
			}
			$share = $this->createMock(IShare::class);
			$share->method('getId')->willReturn((string)$id);
			$share->method('getFullId')->willReturn($fullId);
			return $share;
		});
		$this->shareManager->method('deleteShare')->willReturnCallback(function (IShare $share): void {
			$fullId = $share->getFullId();
			if (isset($this->failingShares[$fullId])) {
				throw new \RuntimeException("share $fullId cannot be deleted");
			}
			if ($this->shareDeletionIsReported) {
				$row = $this->db->dbal()->fetchAssociative('SELECT * FROM oc_share WHERE id = ?', [(int)$share->getId()]);
				$this->pendingFiles->remember(new RoomShare(0, $row['share_with'], $row['uid_owner'], $row['uid_initiator'], (int)$row['file_source'], $row['item_type'], $row['file_target'], (int)$row['stime']));
			}
			$this->shares->delete((int)$share->getId());
			$this->deletedShares[] = $fullId;
		});
	}

	private function mockTalk(): void {
		$this->talk = $this->createMock(TalkRetention::class);
		$this->talk->method('attachmentFolder')->willReturn('/Talk');
		$this->talk->method('recordingFolder')->willReturn('/Talk/Recording');
		$this->talk->method('userIds')->willReturnCallback(fn (string $token): array => $this->roomUsers[$token] ?? []);
		$this->talk->method('chatState')->willReturnCallback(fn (string $token): ?ChatState => isset($this->rooms[$token]) && $this->rooms[$token] !== 'missing'
			? new ChatState("Room $token", 86400, self::END)
			: null);
		$this->talk->method('deleteRoom')->willReturnCallback(function (string $token): bool {
			$state = $this->rooms[$token] ?? 'missing';
			if ($state === 'fails') {
				throw new \RuntimeException("room $token cannot be deleted");
			}
			if ($state === 'missing') {
				return false;
			}
			$this->deletedRooms[] = $token;
			$this->talkDeletesRoom($token);
			return true;
		});
	}

	/**
	 * Talk's RoomService::deleteRoom, whoever asks: RoomDeletingListener remembers the room's shares, Talk
	 * drops them by SQL, and RoomDeletedListener marks the meeting's room deleted.
	 */
	protected function talkDeletesRoom(string $token): void {
		if ($this->meetings->isRegistered($token)) {
			(new PendingRoomShares(new ShareTableReader($this->db), $this->pendingFiles))->rememberAll($token);
		}
		$this->db->dbal()->executeStatement('DELETE FROM oc_share WHERE share_type = 10 AND share_with = ?', [$token]);
		$this->meetings->markRoomDeleted($token, $this->now);
		$this->rooms[$token] = 'missing';
		$this->roomUsers[$token] = [];
	}
}
