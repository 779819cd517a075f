<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Service\AdmissionService;
use OCA\SafeMeeting\Service\AutoLockService;
use OCA\SafeMeeting\Service\JoinGuard;
use OCA\SafeMeeting\Service\LockService;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkModeration;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCP\App\IAppManager;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\IJobList;
use OCP\IUserManager;
use PHPUnit\Framework\MockObject\MockObject;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The real lock machinery (services, mappers on SQLite, the plan lookup with a cache) with only Talk's
 * side (TalkModeration), the job list, users and the clock replaced.
 */
final class LockHarness {
	/** Ten minutes after the fixture plan's start (Plans::accepted() runs 1893456000–1893459600). */
	public const NOW = 1893456600;

	public SqliteConnection $db;
	public MeetingMapper $meetings;
	public AdmissionMapper $admissions;
	public ActorMarkMapper $marks;
	public RegisteredRoomLookup $rooms;
	public RecordingEventDispatcher $dispatcher;
	public TalkModeration&MockObject $talk;
	/** Rooms and roles as Talk has them (who moderates). */
	public TalkAdapter&MockObject $adapter;
	public TalkLocator $locator;
	public IJobList&MockObject $jobs;
	public IUserManager&MockObject $users;
	public LockService $locks;
	public AutoLockService $autoLock;
	public AdmissionService $admit;
	public JoinGuard $guard;
	public int $now = self::NOW;

	/**
	 * @param callable(class-string): MockObject $mock the test's createMock
	 */
	public function __construct(callable $mock) {
		$this->db = SqliteConnection::withAppSchema();
		$this->meetings = new MeetingMapper($this->db);
		$this->admissions = new AdmissionMapper($this->db);
		$this->marks = new ActorMarkMapper($this->db);
		$logger = $mock(LoggerInterface::class);
		$this->rooms = new RegisteredRoomLookup($this->meetings, new ArrayCacheFactory(new ArrayCache()), $logger);
		$this->dispatcher = new RecordingEventDispatcher();
		$this->talk = $mock(TalkModeration::class);
		$this->adapter = $mock(TalkAdapter::class);
		$this->jobs = $mock(IJobList::class);
		$this->users = $mock(IUserManager::class);
		$time = $mock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		$container = $mock(ContainerInterface::class);
		$container->method('get')->willReturnCallback(fn (string $id): object => match ($id) {
			TalkModeration::class => $this->talk,
			TalkAdapter::class => $this->adapter,
		});
		$apps = $mock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturn(true);
		$apps->method('isEnabledForUser')->willReturn(true);
		$locator = $this->locator = new TalkLocator($container, $apps, $logger);

		$this->locks = new LockService($this->meetings, $this->marks, $locator, $this->dispatcher, $time, $logger);
		$this->autoLock = new AutoLockService($this->meetings, $this->rooms, $this->locks, $locator, $this->jobs, $time);
		$this->admit = new AdmissionService($this->admissions, $this->marks, $locator, $this->users, $this->dispatcher, $time);
		$this->guard = new JoinGuard($this->rooms, $this->meetings, $this->admissions, $this->marks, $this->autoLock, $time);
	}

	/** Registers a safe meeting with the fixture plan, its settings overridden. */
	public function register(string $token = 'abcd1234', array $settings = [], ?array $plan = null): Meeting {
		$plan ??= Plans::accepted();
		$plan['settings'] = array_merge($plan['settings'], $settings);
		$meeting = new Meeting();
		$meeting->setToken($token);
		$meeting->setOwnerUid('alice');
		$meeting->setPlan(json_encode($plan, JSON_THROW_ON_ERROR));
		$meeting->setCreatedAt(self::NOW - 86400);
		$this->meetings->insert($meeting);
		return $this->meetings->findByToken($token);
	}

	public function meeting(string $token = 'abcd1234'): Meeting {
		return $this->meetings->findByToken($token);
	}
}
