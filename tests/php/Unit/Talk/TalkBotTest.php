<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Talk\BotMessage;
use OCA\SafeMeeting\Talk\TalkBot;
use OCA\Talk\Chat\ChatManager;
use OCA\Talk\Events\BotInstallEvent;
use OCA\Talk\Events\BotInvokeEvent;
use OCA\Talk\Manager;
use OCA\Talk\Model\Bot;
use OCA\Talk\Model\BotConversation;
use OCA\Talk\Model\BotConversationMapper;
use OCA\Talk\Model\BotServer;
use OCA\Talk\Model\BotServerMapper;
use OCA\Talk\Room;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Comments\IComment;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class TalkBotTest extends TestCase {
	private BotServerMapper&MockObject $servers;
	private BotConversationMapper&MockObject $conversations;
	private Manager&MockObject $manager;
	private ChatManager&MockObject $chat;
	private TalkBot $bot;

	protected function setUp(): void {
		$this->servers = $this->createMock(BotServerMapper::class);
		$this->conversations = $this->createMock(BotConversationMapper::class);
		$this->manager = $this->createMock(Manager::class);
		$this->chat = $this->createMock(ChatManager::class);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getDateTime')->willReturn(new \DateTime('@1893456600'));
		$this->bot = new TalkBot($this->servers, $this->conversations, $this->manager, $this->chat, $time);
	}

	public function testInstallsAnInProcessBotNamedAfterTheApp(): void {
		$install = TalkBot::installEvent('Safe Meeting', str_repeat('s', 64), 'Locks meetings');

		$this->assertInstanceOf(BotInstallEvent::class, $install);
		$this->assertSame(['nextcloudapp://safe_meeting', Bot::FEATURE_EVENT, 'Safe Meeting'], [$install->getUrl(), $install->getFeatures(), $install->getName()]);
	}

	private static function activity(array $override = []): array {
		return array_replace_recursive([
			'type' => 'Create',
			'actor' => ['type' => 'Person', 'id' => 'users/alice', 'name' => 'Alice', 'talkParticipantType' => '2'],
			'object' => ['type' => 'Note', 'id' => '42', 'name' => 'message', 'content' => json_encode(['message' => '/admit {mention-user1} {file}', 'parameters' => [
				'mention-user1' => ['type' => 'user', 'id' => 'carol', 'name' => 'Carol Example'],
				'file' => ['type' => 'file', 'id' => '7', 'name' => 'agenda.pdf'],
			]]), 'mediaType' => 'text/markdown'],
			'target' => ['type' => 'Collection', 'id' => 'abcd1234', 'name' => 'Board meeting'],
		], $override);
	}

	public function testReadsAChatMessageForOurBotWithMentionsAsIds(): void {
		$this->assertEquals(
			new BotMessage('abcd1234', '/admit @"carol" agenda.pdf', 'users', 'alice', 'Alice', true),
			TalkBot::readInvocation(new BotInvokeEvent(TalkBot::URL, self::activity())),
		);
	}

	/** Mention parameters as Talk 22's UserMention builds them => how the bot reads them. */
	public static function mentions(): array {
		return [
			'a user whose id holds an @ (LDAP, SAML)' => [['type' => 'user', 'id' => 'alice@corp.example', 'name' => 'Alice'], '@"alice@corp.example"'],
			'a user of another server' => [['type' => 'user', 'id' => 'bob', 'name' => 'Bob', 'server' => 'https://other.example'], '@"federated_user/bob@https://other.example"'],
			'a guest' => [['type' => 'guest', 'id' => 'guest/abc123', 'name' => 'Dave'], '@"guest/guest/abc123"'],
			'an e-mail guest' => [['type' => 'email', 'id' => 'f00d', 'name' => 'Erin'], '@"email/f00d"'],
			'a group' => [['type' => 'user-group', 'id' => 'staff', 'name' => 'Staff'], '@"user-group/staff"'],
		];
	}

	/** @dataProvider mentions */
	public function testKeepsWhoAMentionMeans(array $parameter, string $read): void {
		$activity = self::activity(['object' => ['content' => json_encode(['message' => '/admit {mention-x1}', 'parameters' => ['mention-x1' => $parameter]])]]);

		$this->assertSame('/admit ' . $read, TalkBot::readInvocation(new BotInvokeEvent(TalkBot::URL, $activity))?->text);
	}

	/** @return array<string, array{0: string, 1: bool}> */
	public static function participantTypes(): array {
		return ['owner' => ['1', true], 'moderator' => ['2', true], 'user' => ['3', false], 'guest' => ['4', false], 'user by the link' => ['5', false], 'guest moderator' => ['6', true]];
	}

	/** @dataProvider participantTypes */
	public function testTellsModeratorsApartAsTalkDoes(string $type, bool $moderator): void {
		$message = TalkBot::readInvocation(new BotInvokeEvent(TalkBot::URL, self::activity(['actor' => ['talkParticipantType' => $type]])));

		$this->assertSame($moderator, $message?->fromModerator);
	}

	public function testAnythingElseIsNotForUs(): void {
		$this->assertNull(TalkBot::readInvocation(new BotInvokeEvent('nextcloudapp://other', self::activity())));
		$this->assertNull(TalkBot::readInvocation(new BotInvokeEvent(TalkBot::URL, self::activity(['type' => 'Activity']))), 'system messages');
		$this->assertNull(TalkBot::readInvocation(new BotInvokeEvent(TalkBot::URL, ['type' => 'Join', 'actor' => ['id' => 'bots/x'], 'object' => ['id' => 'abcd1234']])));
		$this->assertNull(TalkBot::readInvocation(new BotInvokeEvent(TalkBot::URL, self::activity(['object' => ['content' => 'not json']]))));
	}

	public function testAnswersAsAReply(): void {
		$event = new BotInvokeEvent(TalkBot::URL, self::activity());

		TalkBot::answer($event, 'Sorry');

		$this->assertSame([['message' => 'Sorry', 'referenceId' => '', 'reply' => true, 'thread' => false, 'threadTitle' => null, 'silent' => false]], $event->getAnswers());
	}

	private function installed(int $state = Bot::STATE_ENABLED): void {
		$server = new BotServer();
		$server->setId(9);
		$server->setState($state);
		$this->servers->method('findByUrl')->with(TalkBot::URL)->willReturn($server);
	}

	public function testKnowsItsIdAndWhereItIsEnabled(): void {
		$this->installed();
		$enabled = new BotConversation();
		$enabled->setBotId(9);
		$enabled->setState(Bot::STATE_ENABLED);
		$other = new BotConversation();
		$other->setBotId(3);
		$other->setState(Bot::STATE_ENABLED);
		$this->conversations->method('findForToken')->willReturnMap([['abcd1234', [$other, $enabled]], ['wxyz9876', [$other]]]);

		$this->assertSame(9, $this->bot->botId());
		$this->assertTrue($this->bot->isEnabledIn('abcd1234'));
		$this->assertFalse($this->bot->isEnabledIn('wxyz9876'));
	}

	public function testADisabledOrMissingBotHasNoIdAndOnlyAMissingOneIsNotInstalled(): void {
		$this->installed(Bot::STATE_DISABLED);
		$this->assertNull($this->bot->botId());
		$this->assertTrue($this->bot->isInstalled(), 'an admin switched it off: still known to Talk');

		$servers = $this->createMock(BotServerMapper::class);
		$servers->method('findByUrl')->willThrowException(new DoesNotExistException('none'));
		$missing = new TalkBot($servers, $this->conversations, $this->manager, $this->chat, $this->createMock(ITimeFactory::class));
		$this->assertNull($missing->botId());
		$this->assertFalse($missing->isInstalled());
	}

	public function testPostsAsTheBotAsTalkPostsBotAnswers(): void {
		$room = $this->createMock(Room::class);
		$this->manager->method('getRoomByToken')->with('abcd1234')->willReturn($room);
		$this->chat->expects($this->once())->method('sendMessage')
			->with($room, null, 'bots', 'bot-' . sha1('nextcloudapp://safe_meeting'), 'Meeting locked', new \DateTime('@1893456600'))
			->willReturn($this->createMock(IComment::class));

		$this->bot->post('abcd1234', 'Meeting locked');
	}
}
