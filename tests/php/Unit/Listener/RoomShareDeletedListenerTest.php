<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\PendingFile;
use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Listener\RoomShareDeletedListener;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCP\EventDispatcher\Event;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\IShare;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class RoomShareDeletedListenerTest extends TestCase {
	private PendingFileMapper $pending;
	private RegisteredRoomLookup&MockObject $rooms;
	private LoggerInterface&MockObject $logger;

	protected function setUp(): void {
		$this->pending = new PendingFileMapper(SqliteConnection::withAppSchema());
		$this->rooms = $this->createMock(RegisteredRoomLookup::class);
		$this->rooms->method('planFor')->willReturnCallback(static fn (string $token): ?array => $token === 'abcd1234' ? ['title' => 'x'] : null);
		$this->logger = $this->createMock(LoggerInterface::class);
	}

	private function share(int $type, string $with, int $sharedAt = 1800000000, string $name = 'agenda.pdf'): IShare {
		$share = $this->createMock(IShare::class);
		$share->method('getShareType')->willReturn($type);
		$share->method('getSharedWith')->willReturn($with);
		$share->method('getShareOwner')->willReturn('alice');
		$share->method('getSharedBy')->willReturn('alice');
		$share->method('getNodeId')->willReturn(42);
		$share->method('getNodeType')->willReturn('file');
		$share->method('getTarget')->willReturn('/{TALK_PLACEHOLDER}/' . $name);
		$share->method('getShareTime')->willReturn(new \DateTime('@' . $sharedAt));
		return $share;
	}

	private function handle(Event $event): void {
		(new RoomShareDeletedListener($this->rooms, $this->pending, $this->logger))->handle($event);
	}

	public function testRemembersTheFileOfASafeMeetingsRoomShare(): void {
		$this->handle(new ShareDeletedEvent($this->share(IShare::TYPE_ROOM, 'abcd1234')));
		$this->handle(new ShareDeletedEvent($this->share(IShare::TYPE_ROOM, 'abcd1234')));

		$pending = $this->pending->findByTokens(['abcd1234'])['abcd1234'];
		$this->assertCount(1, $pending, 'remembered once');
		$this->assertSame(
			['abcd1234', 'alice', 'alice', 42, 'file', 'agenda.pdf', 1800000000],
			[$pending[0]->getToken(), $pending[0]->getOwnerUid(), $pending[0]->getSharedBy(), $pending[0]->getFileId(), $pending[0]->getItemType(), $pending[0]->getName(), $pending[0]->getSharedAt()],
		);
	}

	public function testAFileSharedAgainIsRememberedWithItsLatestShare(): void {
		$this->handle(new ShareDeletedEvent($this->share(IShare::TYPE_ROOM, 'abcd1234', 1800000000, 'agenda.pdf')));
		$this->handle(new ShareDeletedEvent($this->share(IShare::TYPE_ROOM, 'abcd1234', 1800500000, 'agenda v2.pdf')));
		$this->handle(new ShareDeletedEvent($this->share(IShare::TYPE_ROOM, 'abcd1234', 1800100000, 'old.pdf')));

		$pending = $this->pending->findByTokens(['abcd1234'])['abcd1234'];
		$this->assertCount(1, $pending);
		$this->assertSame([1800500000, 'agenda v2.pdf'], [$pending[0]->getSharedAt(), $pending[0]->getName()], 'an earlier share never moves it forward');
	}

	public function testIgnoresOtherRoomsOtherShareTypesAndOtherEvents(): void {
		$this->handle(new ShareDeletedEvent($this->share(IShare::TYPE_ROOM, 'zzzz9999')));
		$this->handle(new ShareDeletedEvent($this->share(IShare::TYPE_USER, 'abcd1234')));
		$this->handle(new Event());

		$this->assertSame([], $this->pending->findByTokens(['abcd1234', 'zzzz9999']));
	}

	public function testNeverThrowsIntoTheDeletion(): void {
		$rooms = $this->createMock(RegisteredRoomLookup::class);
		$rooms->method('planFor')->willThrowException(new \RuntimeException('cache down'));
		$this->logger->expects($this->once())->method('error');

		(new RoomShareDeletedListener($rooms, $this->pending, $this->logger))->handle(new ShareDeletedEvent($this->share(IShare::TYPE_ROOM, 'abcd1234')));
	}

	public function testThePendingFileLooksLikeTheShareItCameFrom(): void {
		$pending = new PendingFile();
		$pending->setToken('abcd1234');
		$pending->setOwnerUid('alice');
		$pending->setSharedBy('bob');
		$pending->setFileId(7);
		$pending->setItemType('file');
		$pending->setName('a.pdf');
		$pending->setSharedAt(5);

		$share = $pending->toRoomShare();

		$this->assertSame(['abcd1234', 'alice', 'bob', 7, 'a.pdf', 5], [$share->token, $share->owner, $share->sharedBy, $share->fileId, $share->name(), $share->sharedAt]);
	}
}
