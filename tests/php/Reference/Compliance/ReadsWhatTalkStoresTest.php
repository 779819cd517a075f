<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Compliance;

use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\TalkDefaults;
use OCA\SafeMeeting\Tests\Support\Reference;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\SelectHelper;
use OCA\Talk\Service\RecordingService;
use OCP\DB\QueryBuilder\IQueryBuilder;

/**
 * The criteria read Talk 22's own settings and rooms: every app-config key they read (or a fix writes)
 * is one Talk 22 reads, every rooms column is one Talk's own room query selects, and the defaults they
 * assume for unset keys are Talk's.
 */
class ReadsWhatTalkStoresTest extends ReferenceTestCase {
	private static function talkLib(): string {
		return Reference::dir() . '/talk-22/lib';
	}

	/** @return array<string, true> every quoted string in Talk 22's PHP code */
	private static function talkStrings(): array {
		$strings = [];
		foreach (new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator(self::talkLib(), \FilesystemIterator::SKIP_DOTS)) as $file) {
			preg_match_all("/'([a-z0-9_-]+)'/", (string)file_get_contents($file->getPathname()), $m);
			$strings += array_fill_keys($m[1], true);
		}
		return $strings;
	}

	/** @return list<string> Talk app-config keys named in lib/Compliance */
	private static function keysWeRead(): array {
		$keys = array_merge(...array_map(static fn (array $fix): array => array_keys($fix['values']), array_values(ComplianceFixes::all())));
		$dir = dirname(__DIR__, 4) . '/lib/Compliance';
		foreach (new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS)) as $file) {
			$code = (string)file_get_contents($file->getPathname());
			preg_match_all("/\\(TalkDefaults::APP, '([a-z_-]+)'/", $code, $direct);
			preg_match_all("/'(retention_[a-z_]+)'/", $code, $retention);
			array_push($keys, ...$direct[1], ...$retention[1]);
		}
		return array_values(array_unique($keys));
	}

	public function testEveryTalkKeyTheCriteriaReadIsOneTalkUses(): void {
		$keys = self::keysWeRead();
		$this->assertGreaterThan(20, count($keys), 'the criteria read Talk\'s settings');
		$talk = self::talkStrings();
		$this->assertSame([], array_values(array_filter($keys, static fn (string $key): bool => !isset($talk[$key]))), 'keys Talk 22 never reads');
	}

	public function testEveryRoomColumnTheChecksReadIsOneTalkSelects(): void {
		$selected = [];
		$query = $this->createMock(IQueryBuilder::class);
		$query->method('addSelect')->willReturnCallback(function (string ...$columns) use (&$selected, $query) {
			array_push($selected, ...$columns);
			return $query;
		});
		$query->method('selectAlias')->willReturnSelf();
		(new SelectHelper())->selectRoomsTable($query, '');

		$code = (string)file_get_contents(dirname(__DIR__, 4) . '/lib/Talk/TalkRoomTable.php');
		preg_match_all("/->select\\(((?:'[a-z_]+',?\\s*)+)\\)/", $code, $selects);
		preg_match_all("/expr\\(\\)->\\w+\\('([a-z_]+)'/", $code, $conditions);
		preg_match_all("/'([a-z_]+)'/", implode(',', $selects[1]), $columns);
		$ours = array_values(array_unique([...$columns[1], ...$conditions[1]]));

		$this->assertContains('lobby_state', $ours);
		$this->assertSame([], array_values(array_diff($ours, $selected)), 'columns Talk 22\'s rooms query does not select');
	}

	public function testTheDefaultsForUnsetKeysAreTalks(): void {
		$this->assertSame(Attendee::PERMISSIONS_MAX_DEFAULT & ~Attendee::PERMISSIONS_LOBBY_IGNORE, TalkDefaults::DEFAULT_PERMISSIONS);
		$this->assertSame(Attendee::PERMISSIONS_LOBBY_IGNORE, TalkDefaults::PERMISSION_LOBBY_IGNORE);
		$this->assertSame(RecordingService::CONSENT_REQUIRED_YES, TalkDefaults::RECORDING_CONSENT_REQUIRED);

		$expiry = (string)file_get_contents(self::talkLib() . '/BackgroundJob/ExpireObjectRooms.php');
		preg_match_all("/getAppValueInt\\('(retention_[a-z_]+)', (\\d+)\\)/", $expiry, $m);
		$this->assertSame([
			'retention_phone_rooms' => TalkDefaults::RETENTION_PHONE_ROOMS,
			'retention_event_rooms' => TalkDefaults::RETENTION_EVENT_ROOMS,
			'retention_instant_meetings' => TalkDefaults::RETENTION_INSTANT_MEETINGS,
		], array_map('intval', array_combine($m[1], $m[2])));
	}
}
