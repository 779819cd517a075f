<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\EvidenceNames;
use OCA\SafeMeeting\Db\AttestationMapper;
use OCA\SafeMeeting\Service\AttestationService;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Talk\TalkRoomTable;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\TalkRoomsTable;
use OCP\App\IAppManager;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IConfig;
use OCP\IURLGenerator;
use PHPUnit\Framework\TestCase;

/**
 * A server in memory for the criteria: app config (with types), config.php values, enabled apps and
 * Talk's rooms table in SQLite. Tests set what they need, then evaluate a criterion.
 */
abstract class CriterionTestCase extends TestCase {
	protected InMemoryAppConfig $appConfig;
	/** @var array<string, mixed> config.php */
	protected array $system = [];
	/** @var list<string> */
	protected array $enabledApps = ['spreed'];
	protected SqliteConnection $db;
	protected TalkRoomsTable $talkRooms;
	protected FakeL10N $l;

	protected function setUp(): void {
		$this->appConfig = new InMemoryAppConfig();
		$this->db = SqliteConnection::withAppSchema();
		$this->talkRooms = new TalkRoomsTable($this->db);
		$this->l = new FakeL10N();
	}

	protected function reader(): ConfigReader {
		$config = $this->createMock(IConfig::class);
		$config->method('getSystemValue')->willReturnCallback(fn (string $key, mixed $default = '') => array_key_exists($key, $this->system) ? $this->system[$key] : $default);
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willReturnCallback(fn (string $app): bool => in_array($app, $this->enabledApps, true));
		$apps->method('getAppVersion')->willReturnCallback(fn (string $app): string => in_array($app, $this->enabledApps, true) ? '22.0.11' : '');
		return new ConfigReader($this->appConfig, $config, $apps);
	}

	protected function links(): AdminLinks {
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('linkToRoute')->willReturnCallback(static fn (string $route, array $args = []): string => match ($route) {
			'settings.AdminSettings.index' => '/index.php/settings/admin/' . $args['section'],
			default => '/index.php/settings/apps',
		});
		return new AdminLinks($urls);
	}

	/** 2026-12-01 14:00 UTC */
	protected int $now = 1796133600;

	/** Attestations in the app's table, on this test's clock. */
	protected function attestations(): AttestationService {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		return new AttestationService(new AttestationMapper($this->db), $time, new RecordingEventDispatcher());
	}

	protected function names(): EvidenceNames {
		return new EvidenceNames($this->attestations(), $this->l);
	}

	protected function rooms(): TalkRoomTable {
		return new TalkRoomTable($this->db);
	}

	/** A Talk rooms table that does not exist (Talk's tables missing). */
	protected function missingRooms(): TalkRoomTable {
		return new TalkRoomTable(new SqliteConnection());
	}

	protected function policyService(array $policy): PolicyService {
		$service = $this->createMock(PolicyService::class);
		$service->method('getOrganisationPolicy')->willReturn($policy);
		return $service;
	}

	/** @return array<string, string> evidence source => value */
	protected static function evidence(CriterionResult $result): array {
		return array_column(array_map(static fn (Evidence $e): array => $e->toArray(), $result->evidence), 'value', 'source');
	}
}
