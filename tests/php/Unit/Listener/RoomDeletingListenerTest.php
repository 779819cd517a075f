<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\PendingFile;
use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Db\ShareTableReader;
use OCA\SafeMeeting\Listener\RoomDeletingListener;
use OCA\SafeMeeting\Retention\PendingRoomShares;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\CoreShareTable;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Events\BeforeRoomDeletedEvent;
use OCA\Talk\Events\RoomDeletedEvent;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * The listener with the real share reader and pending table (SQLite); Talk's event only.
 */
class RoomDeletingListenerTest extends TestCase {
	private SqliteConnection $db;
	private CoreShareTable $shares;
	private PendingFileMapper $pending;
	private RegisteredRoomLookup&MockObject $rooms;
	private LoggerInterface&MockObject $logger;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->shares = new CoreShareTable($this->db);
		$this->pending = new PendingFileMapper($this->db);
		$this->rooms = $this->createMock(RegisteredRoomLookup::class);
		$this->rooms->method('planFor')->willReturnCallback(static fn (string $token): ?array => $token === 'safe0001' ? ['title' => 'x'] : null);
		$this->logger = $this->createMock(LoggerInterface::class);
	}

	private function listener(): RoomDeletingListener {
		return new RoomDeletingListener($this->rooms, new PendingRoomShares(new ShareTableReader($this->db), $this->pending), $this->logger);
	}

	/** @return list<array{string, int, string, int}> token, file id, name, shared at */
	private function pendingFiles(): array {
		$rows = array_merge(...array_values($this->pending->findByTokens(['safe0001', 'other001'])));
		return array_map(static fn (PendingFile $p): array => [$p->getToken(), $p->getFileId(), $p->getName(), $p->getSharedAt()], $rows);
	}

	public function testRemembersTheFilesOfASafeMeetingsRoomSharesBeforeTalkDropsThem(): void {
		$this->shares->roomShare('safe0001', 'alice', 101, 'agenda.pdf', 1800000000);
		$this->shares->roomShare('safe0001', 'bob', 102, 'minutes.pdf', 1800000100);
		$this->shares->roomShare('other001', 'alice', 103, 'other.pdf', 1800000000);

		$this->listener()->handle(new BeforeRoomDeletedEvent(TalkObjects::room($this, ['token' => 'safe0001'])));

		$this->assertSame([['safe0001', 101, 'agenda.pdf', 1800000000], ['safe0001', 102, 'minutes.pdf', 1800000100]], $this->pendingFiles());
	}

	public function testOtherRoomsAndOtherEventsAreIgnored(): void {
		$this->shares->roomShare('safe0001', 'alice', 101, 'agenda.pdf', 1800000000);
		$this->shares->roomShare('other001', 'alice', 103, 'other.pdf', 1800000000);

		$this->listener()->handle(new BeforeRoomDeletedEvent(TalkObjects::room($this, ['token' => 'other001'])));
		$this->listener()->handle(new RoomDeletedEvent(TalkObjects::room($this, ['token' => 'safe0001'])));

		$this->assertSame([], $this->pendingFiles());
	}

	/** Talk deletes rooms in background jobs and occ: a failure must not break them. */
	public function testNeverThrowsIntoTheDeletion(): void {
		$this->rooms = $this->createMock(RegisteredRoomLookup::class);
		$this->rooms->method('planFor')->willThrowException(new \RuntimeException('cache down'));
		$this->logger->expects($this->once())->method('error');

		$this->listener()->handle(new BeforeRoomDeletedEvent(TalkObjects::room($this, ['token' => 'safe0001'])));
	}
}
