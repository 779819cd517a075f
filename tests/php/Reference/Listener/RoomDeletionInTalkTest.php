<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Listener;

use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Db\ShareTableReader;
use OCA\SafeMeeting\Listener\RoomDeletedListener;
use OCA\SafeMeeting\Listener\RoomDeletingListener;
use OCA\SafeMeeting\Retention\PendingRoomShares;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\CoreShareTable;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\RegisteredMeetings;
use OCA\SafeMeeting\Tests\Support\TalkServiceHarness;
use OCA\Talk\Events\RoomDeletedEvent;
use OCA\Talk\Room;
use Psr\Log\LoggerInterface;

/**
 * Talk 22's real RoomService::deleteRoom with Application::register()'s listeners: the room shares are
 * still in the share table when RoomDeletingListener runs (Talk's own share listener drops them on
 * RoomDeletedEvent, after), so their files are remembered for retention.
 */
class RoomDeletionInTalkTest extends ReferenceTestCase {
	private const REGISTERED = 'safe0001';

	public function testTheSharesOfASafeMeetingAreRememberedBeforeTalkDeletesTheRoom(): void {
		$db = SqliteConnection::withAppSchema();
		$shares = new CoreShareTable($db);
		$shares->roomShare(self::REGISTERED, 'alice', 101, 'agenda.pdf', 1800000000);
		$pending = new PendingFileMapper($db);
		$logger = $this->createMock(LoggerInterface::class);
		$lookup = new RegisteredRoomLookup(RegisteredMeetings::mapper($this, self::REGISTERED, static fn (): array => Plans::accepted()), new ArrayCacheFactory(), $logger);
		$deleted = $this->createMock(RoomDeletedListener::class);
		$deleted->expects($this->once())->method('handle')->with($this->isInstanceOf(RoomDeletedEvent::class))
			->willReturnCallback(function () use ($pending): void {
				$this->assertCount(1, $pending->findByTokens([self::REGISTERED])[self::REGISTERED] ?? [], 'remembered before the room was gone');
			});
		$talk = new TalkServiceHarness($this, [
			RoomDeletingListener::class => new RoomDeletingListener($lookup, new PendingRoomShares(new ShareTableReader($db), $pending), $logger),
			RoomDeletedListener::class => $deleted,
		]);
		$talk->registerApp();

		$talk->roomService()->deleteRoom($talk->room(['token' => self::REGISTERED, 'breakoutRoomMode' => 0, 'remoteServer' => '', 'remoteToken' => '']));

		$this->assertSame([[101, 'agenda.pdf', 1800000000]], array_map(static fn ($p): array => [$p->getFileId(), $p->getName(), $p->getSharedAt()], $pending->findByTokens([self::REGISTERED])[self::REGISTERED]));
	}
}
