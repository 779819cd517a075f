<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Controller\LockController;
use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Listener\BotCommandListener;
use OCA\SafeMeeting\Service\AdmissionService;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Service\MeetingBot;
use OCA\SafeMeeting\Talk\TalkBot;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\Talk\Events\BotInvokeEvent;
use OCP\IRequest;
use OCP\IUser;
use OCP\L10N\IFactory;
use OCP\Security\RateLimiting\ILimiter;
use OCP\Security\RateLimiting\IRateLimitExceededException;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * Our bot as Talk calls it (BotService::invokeBots dispatches BotInvokeEvent with an ActivityStreams
 * message), with the real command parser, lock and admission services and database.
 */
class BotCommandListenerTest extends TestCase {
	private ILimiter&MockObject $limiter;
	private IRequest&MockObject $request;
	private LockHarness $lock;
	private LoggerInterface $logger;

	protected function setUp(): void {
		$this->limiter = $this->createMock(ILimiter::class);
		$this->request = $this->createMock(IRequest::class);
		$this->request->method('getRemoteAddress')->willReturn('192.0.2.7');
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$this->lock->register();
		$this->logger = $this->createMock(LoggerInterface::class);
	}

	/** Talk's "Create" activity for a chat message (BotService::afterChatMessageSent). */
	private static function chat(string $message, int $participantType = 1, string $actor = 'users/alice', array $parameters = [], string $token = 'abcd1234'): array {
		return [
			'type' => 'Create',
			'actor' => ['type' => 'Person', 'id' => $actor, 'name' => 'Alice', 'talkParticipantType' => (string)$participantType],
			'object' => ['type' => 'Note', 'id' => '42', 'name' => 'message', 'content' => json_encode(['message' => $message, 'parameters' => $parameters]), 'mediaType' => 'text/markdown'],
			'target' => ['type' => 'Collection', 'id' => $token, 'name' => 'Board meeting'],
		];
	}

	/** @return list<string> the bot's answers */
	private function send(array $message, string $url = TalkBot::URL): array {
		$factory = $this->createMock(IFactory::class);
		$factory->method('get')->willReturn(new FakeL10N());
		$factory->method('findGenericLanguage')->willReturn('en');
		$bot = new MeetingBot($this->lock->meetings, $this->lock->locks, $this->lock->admit, $factory, $this->logger, $this->limiter, $this->lock->users, $this->request);
		$event = new BotInvokeEvent($url, $message);
		(new BotCommandListener($bot, $this->logger))->handle($event);
		return array_map(static function (array $answer): string {
			self::assertTrue($answer['reply'], 'answers reply to the command');
			return $answer['message'];
		}, $event->getAnswers());
	}

	/** @return array<string, array{0: int}> */
	public static function moderators(): array {
		return ['owner' => [1], 'moderator' => [2], 'guest moderator' => [6]];
	}

	/** @dataProvider moderators */
	public function testAModeratorLocksAndUnlocksSilentlyTheNoticeSaysIt(int $participantType): void {
		$this->assertSame([], $this->send(self::chat('/lock', $participantType)));
		$this->assertTrue($this->lock->meeting()->isLocked());
		$this->assertSame(['[t] The meeting is already locked.'], $this->send(self::chat('/lock', $participantType)));

		$this->assertSame([], $this->send(self::chat('/unlock', $participantType)));
		$this->assertFalse($this->lock->meeting()->isLocked());
		$this->assertSame(['[t] The meeting is not locked.'], $this->send(self::chat('/unlock', $participantType)));

		$actors = array_map(static fn (MeetingLockChangedEvent $e): ?LockActor => $e->getActor(), $this->lock->dispatcher->ofType(MeetingLockChangedEvent::class));
		$this->assertEquals([new LockActor('users', 'alice', 'Alice'), new LockActor('users', 'alice', 'Alice')], $actors);
	}

	/** @return array<string, array{0: int, 1: string}> */
	public static function others(): array {
		return ['user' => [3, 'users/bob'], 'guest' => [4, 'guests/abc'], 'user by the link' => [5, 'users/mallory']];
	}

	/** @dataProvider others */
	public function testEverybodyElseIsPolitelyRefused(int $participantType, string $actor): void {
		foreach (['/lock', '/unlock', '/admit carol', '/end'] as $command) {
			$this->assertSame(['[t] Sorry, only moderators can lock, unlock, admit or end this meeting.'], $this->send(self::chat($command, $participantType, $actor)));
		}
		$this->assertFalse($this->lock->meeting()->isLocked());
		$this->assertSame([], $this->lock->dispatcher->events);
	}

	public function testOrdinaryMessagesAreIgnoredAndNothingIsKept(): void {
		$before = $this->lock->db->dbal()->fetchAllAssociative('SELECT * FROM oc_safemeet_meetings');
		$this->logger->expects($this->never())->method($this->anything());

		$this->assertSame([], $this->send(self::chat('The figures look good, /lock later?')));
		$this->assertSame([], $this->send(self::chat('/lock', 1), 'nextcloudapp://other_app'), 'another app\'s bot');
		$this->assertSame([], $this->send(['type' => 'Like', 'actor' => ['type' => 'Person', 'id' => 'users/alice', 'name' => 'Alice'], 'content' => '👍']));
		$this->assertSame([], $this->send(['type' => 'Join', 'actor' => ['type' => 'Application', 'id' => 'bots/x', 'name' => 'Safe Meeting'], 'object' => ['type' => 'Collection', 'id' => 'abcd1234', 'name' => 'Board meeting']]));

		$this->assertSame($before, $this->lock->db->dbal()->fetchAllAssociative('SELECT * FROM oc_safemeet_meetings'));
		$this->assertSame(0, (int)$this->lock->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_admissions'));
	}

	public function testAdmitsAMentionedUser(): void {
		$carol = $this->createMock(IUser::class);
		$carol->method('getUID')->willReturn('carol');
		$carol->method('getDisplayName')->willReturn('Carol');
		$this->lock->users->method('get')->willReturnCallback(static fn (string $uid) => $uid === 'carol' ? $carol : null);
		$this->lock->talk->expects($this->once())->method('addUser')->with('abcd1234', $carol, null);

		$answers = $this->send(self::chat('/admit {mention-user1}', 1, 'users/alice', ['mention-user1' => ['type' => 'user', 'id' => 'carol', 'name' => 'Carol']]));

		$this->assertSame([], $answers);
		$this->assertSame('Carol', $this->lock->dispatcher->ofType(MeetingLockChangedEvent::class)[0]->getAdmittedName());
	}

	public function testAdmitsAMentionedUserWhoseIdLooksLikeAnAddress(): void {
		$alice = $this->createMock(IUser::class);
		$alice->method('getUID')->willReturn('carol@corp.example');
		$alice->method('getDisplayName')->willReturn('Carol');
		$this->lock->users->method('get')->willReturnCallback(static fn (string $uid) => $uid === 'carol@corp.example' ? $alice : null);
		$this->lock->talk->expects($this->never())->method('inviteEmail');
		$this->lock->talk->expects($this->once())->method('addUser')->with('abcd1234', $alice, null);

		$this->assertSame([], $this->send(self::chat('/admit {mention-user1}', 1, 'users/alice', ['mention-user1' => ['type' => 'user', 'id' => 'carol@corp.example', 'name' => 'Carol']])));
	}

	/** Mentions of somebody the bot cannot admit by the mention. */
	public static function otherMentions(): array {
		return [
			'a user of another server, not the local user of that name' => [['type' => 'user', 'id' => 'bob', 'name' => 'Bob', 'server' => 'https://other.example']],
			'a guest, not a local user named like them' => [['type' => 'guest', 'id' => 'guest/abc123', 'name' => 'bob']],
			'an e-mail guest' => [['type' => 'email', 'id' => 'f00d', 'name' => 'bob']],
		];
	}

	/** @dataProvider otherMentions */
	public function testAdmitsNobodyByAMentionOfSomebodyElse(array $mention): void {
		$this->lock->users->method('get')->willReturn($this->createMock(IUser::class)); // a local "bob" exists
		$this->lock->talk->expects($this->never())->method('addUser');
		$this->lock->talk->expects($this->never())->method('inviteEmail');

		$answers = $this->send(self::chat('/admit {mention-x1}', 1, 'users/alice', ['mention-x1' => $mention]));

		$this->assertCount(1, $answers);
		$this->assertSame(0, (int)$this->lock->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_admissions'));
	}

	public function testAdmissionsFromTheChatCountWithTheApisPerUser(): void {
		$alice = $this->createMock(IUser::class);
		$this->lock->users->method('get')->willReturnCallback(static fn (string $uid) => $uid === 'alice' ? $alice : null);
		$this->limiter->expects($this->once())->method('registerUserRequest')
			->with(LockController::class . '::admit', AdmissionService::ADMIT_LIMIT, AdmissionService::ADMIT_PERIOD, $alice)
			->willThrowException(new class('limit') extends \Exception implements IRateLimitExceededException {
			});
		$this->lock->talk->expects($this->never())->method('inviteEmail');

		$this->assertSame(['[t] Too many requests. Please wait a few minutes and try again.'], $this->send(self::chat('/admit dave@example.com')));
		$this->assertSame(0, (int)$this->lock->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_admissions'));
	}

	public function testAGuestModeratorsAdmissionsCountByAddress(): void {
		$this->limiter->expects($this->once())->method('registerAnonRequest')
			->with(LockController::class . '::admit', AdmissionService::ADMIT_LIMIT, AdmissionService::ADMIT_PERIOD, '192.0.2.7');
		$this->lock->talk->expects($this->once())->method('inviteEmail');

		$this->assertSame([], $this->send(self::chat('/admit dave@example.com', 6, 'guests/abc123')));
	}

	public function testAdmitsAnEmailGuest(): void {
		$this->lock->talk->expects($this->once())->method('inviteEmail')->with('abcd1234', 'dave@example.com');

		$this->assertSame([], $this->send(self::chat('/admit dave@example.com')));
	}

	public function testExplainsWhatItCannotDo(): void {
		$this->lock->users->method('get')->willReturn(null);

		$this->assertSame(['[t] Whom should I admit? Write /admit followed by a user name or an e-mail address.'], $this->send(self::chat('/admit')));
		$this->assertSame(['[t] There is no user with that name, and it is not an e-mail address.'], $this->send(self::chat('/admit nobody')));
		$this->assertSame(['[t] This conversation is not a safe meeting, so there is nothing to lock.'], $this->send(self::chat('/lock', 1, 'users/alice', [], 'plain000')));
	}

	public function testEndsTheCall(): void {
		$this->lock->talk->expects($this->once())->method('endCallForEveryone')->with('abcd1234');

		$this->assertSame([], $this->send(self::chat('/end')));
		$this->assertSame('ended', $this->lock->meeting()->lockState()['reason']);
	}

	public function testAFailureIsAnsweredNotThrownIntoTalk(): void {
		$this->lock->talk->method('endCallForEveryone')->willThrowException(new \RuntimeException('HPB down'));

		$this->assertSame(['[t] That did not work. Please try again or use the Safe Meeting app.'], $this->send(self::chat('/end')));
		$this->assertFalse($this->lock->meeting()->isLocked());
	}
}
