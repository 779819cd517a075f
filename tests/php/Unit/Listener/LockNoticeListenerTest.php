<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Listener\LockNoticeListener;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkBot;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCP\App\IAppManager;
use OCP\L10N\IFactory;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

class LockNoticeListenerTest extends TestCase {
	private TalkBot&MockObject $bot;

	protected function setUp(): void {
		$this->bot = $this->createMock(TalkBot::class);
	}

	private function listener(bool $talkEnabled = true): LockNoticeListener {
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->with(TalkBot::class)->willReturn($this->bot);
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturn($talkEnabled);
		$factory = $this->createMock(IFactory::class);
		$factory->method('findGenericLanguage')->willReturn('de');
		$factory->method('get')->with('safe_meeting', 'de')->willReturn(new FakeL10N());
		return new LockNoticeListener(new TalkLocator($container, $apps, $this->createMock(LoggerInterface::class)), $factory, $this->createMock(LoggerInterface::class));
	}

	/** @return array<string, array{0: MeetingLockChangedEvent, 1: string}> */
	public static function notices(): array {
		$alice = LockActor::user('alice', 'Alice');
		return [
			'locked' => [new MeetingLockChangedEvent('abcd1234', 'locked', $alice, 'moderator'), '[t] 🔒 Meeting locked by Alice. Everyone here stays; nobody new can join.'],
			'locked when everyone joined' => [new MeetingLockChangedEvent('abcd1234', 'locked', null, 'all-joined'), '[t] 🔒 Everyone invited has joined, so the meeting locked itself. Everyone here stays; nobody new can join.'],
			'locked after N minutes' => [new MeetingLockChangedEvent('abcd1234', 'locked', null, 'minutes-after-start'), '[t] 🔒 The meeting locked itself as planned after the call started. Everyone here stays; nobody new can join.'],
			'unlocked' => [new MeetingLockChangedEvent('abcd1234', 'unlocked', $alice), '[t] 🔓 Meeting unlocked by Alice.'],
			'a user admitted' => [new MeetingLockChangedEvent('abcd1234', 'admitted', $alice, '', 'Carol', 'users/carol'), '[t] Carol was admitted by Alice.'],
			'an e-mail guest admitted' => [new MeetingLockChangedEvent('abcd1234', 'admitted', $alice, '', '', 'emails'), '[t] A guest invited by e-mail was admitted by Alice.'],
			'ended' => [new MeetingLockChangedEvent('abcd1234', 'ended', $alice, 'ended'), '[t] The call was ended for everyone by Alice. The meeting is locked.'],
		];
	}

	/** @dataProvider notices */
	public function testTheBotPostsANoticeInTheServersLanguage(MeetingLockChangedEvent $change, string $notice): void {
		$this->bot->method('isEnabledIn')->with('abcd1234')->willReturn(true);
		$this->bot->expects($this->once())->method('post')->with('abcd1234', $notice);

		$this->listener()->handle($change);
	}

	public function testNothingIsPostedWhereTheModeratorsSwitchedTheBotOff(): void {
		$this->bot->method('isEnabledIn')->willReturn(false);
		$this->bot->expects($this->never())->method('post');

		$this->listener()->handle(self::notices()['locked'][0]);
	}

	public function testAFailingPostChangesNothingAboutTheLock(): void {
		$this->bot->method('isEnabledIn')->willReturn(true);
		$this->bot->expects($this->once())->method('post')->willThrowException(new \RuntimeException('chat is read-only'));

		$this->listener()->handle(self::notices()['locked'][0]);
	}

	public function testWithoutTalkThereIsNobodyToTell(): void {
		$this->bot->expects($this->never())->method('post');

		$this->listener(talkEnabled: false)->handle(self::notices()['locked'][0]);
	}
}
