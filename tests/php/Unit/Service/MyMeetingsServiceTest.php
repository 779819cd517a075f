<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Service\MeetingListPosition;
use OCA\SafeMeeting\Service\MyMeetingsService;
use OCA\SafeMeeting\Service\MeetingService;
use OCA\SafeMeeting\Service\SettingTexts;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCA\SafeMeeting\Talk\RoomOverview;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUser;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class MyMeetingsServiceTest extends TestCase {
	private const NOW = 1893452400;
	private int $now = self::NOW;
	private MeetingService&MockObject $meetings;
	private TalkLocator&MockObject $locator;
	private TalkAdapter&MockObject $talk;
	private IUser&MockObject $user;
	private MyMeetingsService $service;

	protected function setUp(): void {
		$this->meetings = $this->createMock(MeetingService::class);
		$this->locator = $this->createMock(TalkLocator::class);
		$this->talk = $this->createMock(TalkAdapter::class);
		$this->user = $this->createMock(IUser::class);
		$this->user->method('getUID')->willReturn('alice');
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		$this->service = new MyMeetingsService($this->meetings, $this->locator, new ViolationMessages(new FakeL10N(), new SettingTexts(new FakeL10N())), $time, $this->createMock(LoggerInterface::class));
	}

	private static function meeting(string $token, int $id = 1, array $times = []): Meeting {
		$meeting = new Meeting();
		$meeting->setId($id);
		$meeting->setToken($token);
		$meeting->setOwnerUid('alice');
		$meeting->setPlan(json_encode([...Plans::accepted(), ...$times], JSON_THROW_ON_ERROR));
		return $meeting;
	}

	/** @param list<string> $tokens in the order they were registered (all with the same plan) */
	private function registered(array $tokens): void {
		$this->meetings->method('listFor')->with($this->user)->willReturn(array_map(static fn (string $token, int $i): Meeting => self::meeting($token, $i + 1), $tokens, array_keys($tokens)));
	}

	/** @return array<string, array> status by token */
	private function statuses(): array {
		$page = $this->service->page($this->user);
		return array_combine(array_column($page['meetings'], 'token'), array_column($page['meetings'], 'status'));
	}

	public function testAsksTalkOnceForAllRoomsOfThePage(): void {
		$this->registered(['aaaa1111', 'bbbb2222']);
		$this->locator->method('get')->with(TalkAdapter::class, $this->user)->willReturn($this->talk);
		$changed = Plans::matchingRoom(Plans::accepted(), 'bbbb2222', true, ['lobbyState' => 0]);
		$this->talk->expects($this->once())->method('getRoomOverviews')->with(['aaaa1111', 'bbbb2222'], 'alice')->willReturn([
			'aaaa1111' => new RoomOverview(Plans::matchingRoom(Plans::accepted(), 'aaaa1111'), 4, true),
			'bbbb2222' => new RoomOverview($changed, 2, false),
		]);
		$this->talk->expects($this->never())->method('roomExists');
		// The server's whole check (RoomChecker and ServerRoomChecker), as registration runs it.
		$this->meetings->method('findingsFor')->willReturnCallback(static fn (array $plan, RoomState $room): array => $room->lobbyState === 1 ? [] : [['code' => 'lobby', 'expected' => 1, 'actual' => 0]]);

		$statuses = $this->statuses();

		$this->assertSame(['room' => 'present', 'moderator' => true, 'participants' => 4, 'guestLink' => true, 'lobby' => true, 'callActive' => true, 'findings' => []], $statuses['aaaa1111']);
		$this->assertSame([['field' => 'room', 'code' => 'lobby', 'message' => '[t] The lobby is not enabled.']], $statuses['bbbb2222']['findings']);
		$this->assertFalse($statuses['bbbb2222']['lobby']);
	}

	public function testSaysWhenTheCreatorNoLongerModerates(): void {
		$this->registered(['aaaa1111']);
		$this->locator->method('get')->with(TalkAdapter::class, $this->user)->willReturn($this->talk);
		$this->talk->method('getRoomOverviews')->willReturn(['aaaa1111' => new RoomOverview(Plans::matchingRoom(Plans::accepted(), 'aaaa1111', false), 3, false)]);
		$this->meetings->method('findingsFor')->willReturn([]);

		$this->assertFalse($this->statuses()['aaaa1111']['moderator']);
	}

	public function testTellsADeletedConversationFromOneTheUserLeft(): void {
		$this->registered(['gone1111', 'left2222']);
		$this->locator->method('get')->with(TalkAdapter::class, $this->user)->willReturn($this->talk);
		$this->talk->method('getRoomOverviews')->willReturn([]);
		$this->talk->method('roomExists')->willReturnCallback(static fn (string $token): bool => $token === 'left2222');

		$statuses = $this->statuses();

		$this->assertSame('missing', $statuses['gone1111']['room']);
		$this->assertSame('left', $statuses['left2222']['room']);
		$this->assertSame([], $statuses['gone1111']['findings']);
	}

	public function testWithoutTalkEveryRoomIsUnknownAndTheListStillShows(): void {
		$this->registered(['aaaa1111']);
		$this->locator->method('get')->willThrowException(new TalkUnavailableException());

		$this->assertSame(['aaaa1111' => ['room' => 'unknown', 'moderator' => false, 'participants' => 0, 'guestLink' => false, 'lobby' => false, 'callActive' => false, 'findings' => []]], $this->statuses());
	}

	public function testATalkFailureIsLoggedAndReadsUnknown(): void {
		$this->registered(['aaaa1111']);
		$this->locator->method('get')->with(TalkAdapter::class, $this->user)->willReturn($this->talk);
		$this->talk->method('getRoomOverviews')->willThrowException(new \RuntimeException('database gone'));

		$this->assertSame('unknown', $this->statuses()['aaaa1111']['room']);
	}

	/** Start and end relative to the service's clock (NOW). */
	private static function times(int $start, int $end): array {
		return ['start' => self::NOW + $start, 'end' => self::NOW + $end];
	}

	public function testRunningComeFirstThenUpcomingSoonestFirstThenPastMostRecentFirst(): void {
		$this->meetings->method('listFor')->willReturn([
			self::meeting('past0old', 1, self::times(-90000, -86400)),
			self::meeting('upc0late', 2, self::times(86400, 90000)),
			self::meeting('run0main', 3, self::times(-600, 3000)),
			self::meeting('past0new', 4, self::times(-7200, -3600)),
			self::meeting('upc0soon', 5, self::times(3600, 7200)),
		]);
		$this->locator->method('get')->willThrowException(new TalkUnavailableException());

		$page = $this->service->page($this->user);

		$this->assertSame(['run0main', 'upc0soon', 'upc0late', 'past0new', 'past0old'], array_column($page['meetings'], 'token'));
		$this->assertNull($page['nextCursor']);
	}

	public function testPagesFollowTheCursorAndKeepTheFirstPagesPhases(): void {
		$this->meetings->method('listFor')->willReturn([
			self::meeting('upc0soon', 1, self::times(3600, 7200)),
			self::meeting('upc0late', 2, self::times(86400, 90000)),
			self::meeting('past0new', 3, self::times(-7200, -3600)),
		]);
		$this->locator->method('get')->willThrowException(new TalkUnavailableException());

		$first = $this->service->page($this->user, null, 1);
		// Hours later upc0soon runs, which would put it before the cursor: later pages keep the first page's phases.
		$this->now = self::NOW + 5000;
		$second = $this->service->page($this->user, MeetingListPosition::fromCursor((string)$first['nextCursor']), 1);
		$third = $this->service->page($this->user, MeetingListPosition::fromCursor((string)$second['nextCursor']), 1);

		$this->assertSame(['upc0soon'], array_column($first['meetings'], 'token'));
		$this->assertSame((self::NOW) . '.1.' . (self::NOW + 3600) . '.1', $first['nextCursor']);
		$this->assertSame(['upc0late'], array_column($second['meetings'], 'token'));
		$this->assertSame(['past0new'], array_column($third['meetings'], 'token'));
		$this->assertNull($third['nextCursor']);
		$this->assertSame(self::NOW + 5000, $third['now']);
	}

	public function testAMeetingRemovedAfterTheFirstPageMovesNoOtherPastTheCursor(): void {
		$all = array_map(static fn (int $i): Meeting => self::meeting("meet{$i}aaa", $i, self::times(3600 * $i, 3600 * $i + 1800)), range(1, 4));
		$this->meetings->method('listFor')->willReturnOnConsecutiveCalls($all, array_slice($all, 1));
		$this->locator->method('get')->willThrowException(new TalkUnavailableException());

		$first = $this->service->page($this->user, null, 2);
		$second = $this->service->page($this->user, MeetingListPosition::fromCursor((string)$first['nextCursor']), 2);

		$this->assertSame(['meet1aaa', 'meet2aaa'], array_column($first['meetings'], 'token'));
		$this->assertSame(['meet3aaa', 'meet4aaa'], array_column($second['meetings'], 'token'));
	}

	/** @dataProvider malformedCursors */
	public function testAMalformedCursorIsNoPosition(string $cursor): void {
		$this->assertNull(MeetingListPosition::fromCursor($cursor));
	}

	public function malformedCursors(): array {
		return [['x'], ['1.3.0.1'], ['1.1.0'], ['1.1.0.1.5'], ['-1.1.0.1'], ['1.1.0.1 ']];
	}
}
