<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Service\BotRegistration;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkBot;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCA\Talk\Events\BotInstallEvent;
use OCP\App\IAppManager;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IUser;
use OCP\L10N\IFactory;
use OCP\Security\ISecureRandom;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

class BotRegistrationTest extends TestCase {
	private InMemoryAppConfig $config;
	private RecordingEventDispatcher|IEventDispatcher $dispatcher;
	private bool $talkEnabled = true;
	private TalkBot&MockObject $bot;

	protected function setUp(): void {
		$this->config = new InMemoryAppConfig();
		$this->dispatcher = new RecordingEventDispatcher();
		$this->bot = $this->createMock(TalkBot::class);
	}

	private function registration(): BotRegistration {
		$random = $this->createMock(ISecureRandom::class);
		$random->method('generate')->willReturnCallback(static fn (int $length) => str_repeat('r', $length));
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturnCallback(fn () => $this->talkEnabled);
		$apps->method('isEnabledForUser')->willReturnCallback(fn () => $this->talkEnabled);
		$factory = $this->createMock(IFactory::class);
		$factory->method('get')->willReturn(new FakeL10N());
		$factory->method('findGenericLanguage')->willReturn('de');
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->willReturn($this->bot);
		return new BotRegistration($this->config, $random, $this->dispatcher, $apps, $factory, new TalkLocator($container, $apps, $this->createMock(LoggerInterface::class)), $this->createMock(LoggerInterface::class));
	}

	public function testRegistersTheBotWithOneSecretThatIsKept(): void {
		$this->assertTrue($this->registration()->register());
		$this->registration()->register();

		$installs = $this->dispatcher->ofType(BotInstallEvent::class);
		$this->assertCount(2, $installs);
		$this->assertSame(str_repeat('r', 64), $installs[0]->getSecret());
		$this->assertSame($installs[0]->getSecret(), $installs[1]->getSecret(), 'Talk finds the bot again by URL and secret');
		$this->assertSame(['nextcloudapp://safe_meeting', '[t] Safe Meeting'], [$installs[0]->getUrl(), $installs[0]->getName()]);
		$this->assertSame(str_repeat('r', 64), $this->config->getValueString('safe_meeting', 'bot_secret', '', true));
	}

	public function testWithoutTalkThereIsNothingToRegister(): void {
		$this->talkEnabled = false;

		$this->assertFalse($this->registration()->register());
		$this->assertNull($this->registration()->botId($this->createMock(IUser::class)));
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testABotMissingFromTalkIsRegisteredWhenItsIdIsAskedFor(): void {
		$this->bot->method('isInstalled')->willReturn(false);
		$this->bot->method('botId')->willReturn(12);

		$this->assertSame(12, $this->registration()->botId($this->createMock(IUser::class)));
		$this->assertCount(1, $this->dispatcher->ofType(BotInstallEvent::class));
	}

	public function testABotAnAdminSwitchedOffIsNotRegisteredAgainOnEveryPage(): void {
		$this->bot->method('isInstalled')->willReturn(true);
		$this->bot->method('botId')->willReturn(null);

		$this->assertNull($this->registration()->botId($this->createMock(IUser::class)));
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testWhenTalkRefusesTheBotThePageStillWorks(): void {
		$this->bot->method('isInstalled')->willReturn(false);
		$this->bot->expects($this->never())->method('botId');
		$dispatcher = $this->createMock(IEventDispatcher::class);
		// Talk's BotListener: a known URL with another secret.
		$dispatcher->method('dispatchTyped')->willThrowException(new \InvalidArgumentException('Bot with the same URL and a different secret is already registered'));
		$this->dispatcher = $dispatcher;

		$this->assertNull($this->registration()->botId($this->createMock(IUser::class)));
	}
}
