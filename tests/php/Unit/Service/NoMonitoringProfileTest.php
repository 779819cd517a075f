<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\BackgroundJob\NoMonitoringJob;
use OCA\SafeMeeting\Event\NoMonitoringChangedEvent;
use OCA\SafeMeeting\Listener\NoMonitoringListener;
use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCA\SafeMeeting\Tests\Support\Reference;
use OCP\App\IAppManager;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Config\BeforePreferenceSetEvent;
use OCP\IConfig;
use OCP\IUser;
use OCP\IUserManager;
use OCP\User\Events\UserCreatedEvent;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The profile, its listener and its job against Nextcloud's user preferences in memory.
 */
class NoMonitoringProfileTest extends TestCase {
	private InMemoryAppConfig $appConfig;
	/** @var array<string, array<string, string>> uid => spreed preferences */
	private array $preferences = [];
	/** @var list<string> users who have logged in */
	private array $seen = [];
	private bool $talkEnabled = true;
	private TalkAdapter&MockObject $talk;
	private RecordingEventDispatcher $dispatcher;
	private NoMonitoringProfile $profile;

	protected function setUp(): void {
		$this->appConfig = new InMemoryAppConfig();
		$this->dispatcher = new RecordingEventDispatcher();
		$this->talk = $this->createMock(TalkAdapter::class);
		$config = $this->createMock(IConfig::class);
		$config->method('getUserValue')->willReturnCallback(fn ($uid, $app, $key, $default = '') => $this->preferences[$uid][$key] ?? $default);
		$config->method('setUserValue')->willReturnCallback(function ($uid, $app, $key, $value): void {
			$this->assertSame('spreed', $app);
			$this->preferences[$uid][$key] = (string)$value;
		});
		$config->method('getUsersForUserValue')->willReturnCallback(fn ($app, $key, $value): array => array_keys(array_filter($this->preferences, static fn (array $p): bool => ($p[$key] ?? null) === $value)));
		$users = $this->createMock(IUserManager::class);
		$users->method('countSeenUsers')->willReturnCallback(fn (): int => count($this->seen));
		$users->method('callForSeenUsers')->willReturnCallback(function (\Closure $callback): void {
			foreach ($this->seen as $uid) {
				$user = $this->createMock(IUser::class);
				$user->method('getUID')->willReturn($uid);
				if ($callback($user) === false) {
					return;
				}
			}
		});
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturnCallback(fn (string $app): bool => $app === 'spreed' && $this->talkEnabled);
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->with(TalkAdapter::class)->willReturnCallback(fn () => $this->talk);
		$this->profile = new NoMonitoringProfile($this->appConfig, $config, $users, new TalkLocator($container, $apps, $this->createMock(LoggerInterface::class)), $this->dispatcher);
	}

	public function testSwitchingOnMakesEveryUsersReadReceiptsAndTypingPrivateAlsoInTheirRooms(): void {
		$this->seen = ['alice', 'bob'];
		$this->preferences['bob'] = ['read_status_privacy' => '1', 'typing_privacy' => '0'];
		$this->talk->expects($this->once())->method('makeReadPrivate')->with('alice');

		$this->profile->setEnabled(true, 'admin');

		$this->assertEquals(['alice' => ['read_status_privacy' => '1', 'typing_privacy' => '1'], 'bob' => ['read_status_privacy' => '1', 'typing_privacy' => '1']], $this->preferences);
		$this->assertSame(['enabled' => true, 'users' => 2, 'publicReadReceipts' => 0, 'publicTyping' => 0], $this->profile->status());
		[$event] = $this->dispatcher->ofType(NoMonitoringChangedEvent::class);
		$this->assertSame(['admin', true], [$event->getActorUid(), $event->isEnabled()]);
	}

	public function testSwitchingOnAppliesAtOnceOnlyToTheFirstBatchAndTheJobDoesTheRest(): void {
		$this->seen = array_map(static fn (int $i): string => "user$i", range(1, NoMonitoringProfile::APPLY_NOW + 3));

		$this->profile->setEnabled(true, 'admin');

		$this->assertSame(3, $this->profile->status()['publicReadReceipts']);
		$job = new NoMonitoringJob($this->createMock(ITimeFactory::class), $this->profile);
		$this->assertSame(3600, $job->getInterval());
		$this->assertFalse($job->getAllowParallelRuns());
		self::runJob($job);
		$this->assertSame(0, $this->profile->status()['publicReadReceipts']);
	}

	/** What cron does once the job's interval has passed (the real TimedJob::start also checks that and logs). */
	private static function runJob(NoMonitoringJob $job): void {
		$run = new \ReflectionMethod($job, 'run');
		$run->setAccessible(true);
		$run->invoke($job, null);
	}

	public function testTheJobDoesNothingWhileTheProfileIsOff(): void {
		$this->seen = ['alice'];
		self::runJob(new NoMonitoringJob($this->createMock(ITimeFactory::class), $this->profile));
		$this->assertSame([], $this->preferences);
	}

	public function testWithoutTalkOnlyThePreferencesAreSet(): void {
		$this->seen = ['alice'];
		$this->talkEnabled = false;
		$this->talk->expects($this->never())->method('makeReadPrivate');
		$this->profile->setEnabled(true, 'admin');
		$this->assertSame('1', $this->preferences['alice']['read_status_privacy']);
	}

	public function testSwitchingOffLeavesThePreferencesAndIsAudited(): void {
		$this->seen = ['alice'];
		$this->profile->setEnabled(true, 'admin');
		$this->profile->setEnabled(false, 'admin');
		$this->assertFalse($this->profile->isEnabled());
		$this->assertSame('1', $this->preferences['alice']['typing_privacy'], 'users keep private settings; they may change them again');
		$this->assertCount(2, $this->dispatcher->ofType(NoMonitoringChangedEvent::class));
		$this->profile->setEnabled(false, 'admin');
		$this->assertCount(2, $this->dispatcher->ofType(NoMonitoringChangedEvent::class), 'no change, no audit entry');
	}

	private function listener(): NoMonitoringListener {
		return new NoMonitoringListener($this->profile);
	}

	public function testANewUserStartsPrivateWhileTheProfileIsOn(): void {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn('newbie');
		$this->listener()->handle(new UserCreatedEvent($user, 'secret'));
		$this->assertArrayNotHasKey('newbie', $this->preferences, 'profile off: nothing happens');

		$this->profile->setEnabled(true, 'admin');
		$this->listener()->handle(new UserCreatedEvent($user, 'secret'));
		$this->assertSame(['read_status_privacy' => '1', 'typing_privacy' => '1'], $this->preferences['newbie']);
	}

	public function testRefusesAChangeBackToPublicThatTalkHadDeclaredValid(): void {
		$this->profile->setEnabled(true, 'admin');
		$cases = [['spreed', 'read_status_privacy', '0', false], ['spreed', 'typing_privacy', '0', false], ['spreed', 'typing_privacy', '1', true], ['spreed', 'play_sounds', 'no', true], ['files', 'read_status_privacy', '0', true]];
		foreach ($cases as [$app, $key, $value, $valid]) {
			$event = new BeforePreferenceSetEvent('alice', $app, $key, $value);
			$event->setValid(true); // Talk's own listener ran first
			$this->listener()->handle($event);
			$this->assertSame($valid, $event->isValid(), "$app.$key = $value");
		}
	}

	public function testLetsUsersChooseWhileTheProfileIsOff(): void {
		$event = new BeforePreferenceSetEvent('alice', 'spreed', 'read_status_privacy', '0');
		$event->setValid(true);
		$this->listener()->handle($event);
		$this->assertTrue($event->isValid());
	}

	/**
	 * Nextcloud 33+ reports a change made without asking (Talk's settings, occ) and the listener sets it back at
	 * once; Nextcloud 32 has no such event, and the hourly job does it (tested above).
	 */
	public function testReappliesAChangeNextcloudOnlyReportsAfterwards(): void {
		$event = NoMonitoringListener::USER_CONFIG_CHANGED;
		if (!class_exists($event)) {
			$this->assertSame(32, Reference::nextcloud(), 'only Nextcloud 32 lacks the event');
			return;
		}
		$this->profile->setEnabled(true, 'admin');
		$this->preferences['alice'] = ['read_status_privacy' => '0', 'typing_privacy' => '1'];
		$this->talk->expects($this->once())->method('makeReadPrivate')->with('alice');

		$this->listener()->handle(new $event('alice', 'spreed', 'read_status_privacy', '0', '1'));

		$this->assertSame('1', $this->preferences['alice']['read_status_privacy']);
		// Its own write reports '1' and stops there.
		$this->listener()->handle(new $event('alice', 'spreed', 'read_status_privacy', '1', '0'));
	}
}
