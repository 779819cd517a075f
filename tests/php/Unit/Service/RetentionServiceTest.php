<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Retention\RetentionItem;
use OCA\SafeMeeting\Service\RetentionService;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Tests\Unit\Retention\RetentionTestCase;

class RetentionServiceTest extends RetentionTestCase {
	private function service(): RetentionService {
		return $this->retentionService();
	}

	public function testPreviewListsEverythingWithTheTimeItGoes(): void {
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 90);
		$this->addFile('alice', '/Talk/agenda.pdf', 11);
		$share = $this->shares->roomShare('abcd1234', 'alice', 11, 'agenda.pdf', self::END - self::DAY);
		$this->addFile('alice', '/Documents/kept.pdf', 12);
		$this->shares->roomShare('abcd1234', 'alice', 12, 'kept.pdf', self::END);

		$plan = $this->service()->preview($this->user('alice'), 'abcd1234');

		$this->assertSame([
			['kind' => 'share', 'id' => "ocRoomShare:$share", 'name' => 'agenda.pdf', 'since' => self::END - self::DAY, 'dueAt' => self::END + 29 * self::DAY, 'action' => 'delete', 'reason' => null],
			['kind' => 'share', 'id' => 'ocRoomShare:' . ($share + 1), 'name' => 'kept.pdf', 'since' => self::END, 'dueAt' => self::END + 30 * self::DAY, 'action' => 'unshare', 'reason' => 'outside-talk-folder'],
			['kind' => 'conversation', 'id' => 'abcd1234', 'name' => 'Room abcd1234', 'since' => self::END, 'dueAt' => self::END + 90 * self::DAY, 'action' => 'delete', 'reason' => null],
		], array_map(static fn (RetentionItem $i): array => $i->toArray(), $plan->items));
		$this->assertSame(self::END + self::DAY, $plan->chat?->lastMessageGoneAt());
		$this->assertSame([], $this->deletedIds, 'a preview deletes nothing');
		$this->assertSame([], $this->deletedShares);
	}

	public function testAFileGoesNoLaterThanItsMeeting(): void {
		$this->meeting('abcd1234', fileDays: 365, meetingDays: 10);
		$this->addFile('alice', '/Talk/agenda.pdf', 11);
		$this->shares->roomShare('abcd1234', 'alice', 11, 'agenda.pdf', self::END);

		$items = $this->service()->preview($this->user('alice'), 'abcd1234')->items;

		$this->assertSame(self::END + 10 * self::DAY, $items[0]->dueAt);
	}

	public function testPurgeDeletesEverythingNowWithReceiptsNamingTheModerator(): void {
		$this->meeting('abcd1234', fileDays: 365, meetingDays: 365);
		$this->addFile('alice', '/Talk/agenda.pdf', 11);
		$this->shares->roomShare('abcd1234', 'alice', 11, 'agenda.pdf', self::END);

		$outcome = $this->service()->purge($this->user('alice'), 'abcd1234');

		$this->assertTrue($outcome->purged);
		$this->assertSame([11], $this->deletedIds);
		$this->assertSame(['abcd1234'], $this->deletedRooms);
		$receipts = $this->receipts->findPage(null, null, 10, 0);
		$this->assertCount(3, $receipts);
		foreach ($receipts as $receipt) {
			$this->assertSame('purge', $receipt->getRule());
			$this->assertSame('user', $receipt->getActorType());
			$this->assertSame('alice', $receipt->getActorId());
			$this->assertSame($this->now, $receipt->getActedAt());
		}
	}

	public function testAParticipantWhoIsNoModeratorCanNeitherPreviewNorPurge(): void {
		$this->meeting('abcd1234');
		foreach (['preview', 'purge'] as $method) {
			try {
				$this->service()->$method($this->user('bob'), 'abcd1234');
				$this->fail("$method allowed");
			} catch (NotModeratorException) {
			}
		}
		$this->assertSame([], $this->deletedRooms);
		$this->assertFalse($this->service()->moderates($this->user('bob'), 'abcd1234'));
		$this->assertTrue($this->service()->moderates($this->user('alice'), 'abcd1234'));
	}

	/**
	 * @dataProvider unknownMeetings
	 */
	public function testUnknownMeetingsAndOutsidersGetNotFound(string $user, string $token): void {
		$this->meeting('abcd1234');
		$this->expectException(RoomNotFoundException::class);
		$this->service()->purge($this->user($user), $token);
	}

	public static function unknownMeetings(): array {
		return [
			'not a participant' => ['carol', 'abcd1234'],
			'not a safe meeting' => ['alice', 'zzzz9999'],
			'not a token' => ['alice', '../etc'],
		];
	}

	public function testAPurgedMeetingIsGone(): void {
		$this->meeting('abcd1234');
		$this->service()->purge($this->user('alice'), 'abcd1234');

		$this->expectException(RoomNotFoundException::class);
		$this->service()->purge($this->user('alice'), 'abcd1234');
	}

	public function testWithoutTalkNothingHappens(): void {
		$this->meeting('abcd1234');
		$resolver = $this->createMock(TalkResolver::class);
		$resolver->method('get')->willThrowException(new TalkUnavailableException('off'));
		$service = new RetentionService($this->meetings, $this->planner(), $this->executor(), $resolver, $this->time);

		$this->expectException(TalkUnavailableException::class);
		$service->purge($this->user('alice'), 'abcd1234');
	}
}
