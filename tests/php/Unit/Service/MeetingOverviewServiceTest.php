<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\ServerRoomChecker;
use OCA\SafeMeeting\Service\MeetingOverviewService;
use OCA\SafeMeeting\Service\SettingTexts;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCA\SafeMeeting\Talk\TalkRoomTable;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\TalkRoomsTable;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUserManager;
use PHPUnit\Framework\TestCase;

/**
 * The registry and Talk's rooms table side by side in SQLite, as in Nextcloud's database.
 */
class MeetingOverviewServiceTest extends TestCase {
	private const NOW = 1893452400;

	private SqliteConnection $db;
	private MeetingMapper $mapper;
	private TalkRoomsTable $rooms;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->mapper = new MeetingMapper($this->db);
		$this->rooms = new TalkRoomsTable($this->db);
	}

	/** Registers a meeting whose room keeps the plan, unless $room overrides columns (null: no room). */
	private function meeting(string $token, string $owner, string $title, int $start, ?array $room = []): void {
		$plan = Plans::accepted();
		$plan['title'] = $title;
		$plan['start'] = $start;
		$plan['end'] = $start + 3600;
		$meeting = new Meeting();
		$meeting->setToken($token);
		$meeting->setOwnerUid($owner);
		$meeting->setPlan(Json::encode($plan));
		$meeting->setCreatedAt(self::NOW);
		$this->mapper->insert($meeting);
		if ($room !== null) {
			$this->rooms->add($token, array_merge(['password' => 'hash', 'lobby_state' => 1, 'message_expiration' => 604800, 'recording_consent' => 1, 'description' => $plan['description']], $room));
		}
	}

	/** @param TalkLocator|null $talk null: Talk enabled, with the server's defaults (permissions 246, consent per room, nothing forced) */
	private function service(?TalkLocator $talk = null): MeetingOverviewService {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);
		$users = $this->createMock(IUserManager::class);
		$users->method('getDisplayName')->willReturnCallback(static fn (string $uid): ?string => ['alice' => 'Alice Adler', 'bob' => 'Bob Berg'][$uid] ?? null);
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnArgument(0);
		return new MeetingOverviewService($this->mapper, new TalkRoomTable($this->db), new RoomChecker(), new ServerRoomChecker(new ModificationGuard()), $talk ?? $this->talk(), new ViolationMessages($l10n, new SettingTexts($l10n)), $users, $time);
	}

	private function talk(): TalkLocator {
		$settings = $this->createMock(TalkServerSettings::class);
		$settings->method('effectiveRecordingConsent')->willReturnArgument(0);
		$settings->method('effectiveDefaultPermissions')->willReturnCallback(static fn (int $room): int => $room !== 0 ? $room : 246);
		$settings->method('forcedRoomSettings')->willReturn([]);
		$talk = $this->createMock(TalkLocator::class);
		$talk->method('get')->with(TalkServerSettings::class)->willReturn($settings);
		return $talk;
	}

	public function testShowsEveryOwnersMeetingsNewestFirstWithTheirFindingsAndModerator(): void {
		$this->meeting('kept0001', 'alice', 'Board meeting', self::NOW + 3600);
		$this->meeting('open0001', 'bob', 'Staff meeting', self::NOW + 7200, ['password' => '', 'listable' => 1]);
		$this->meeting('gone0001', 'carol', 'Old meeting', self::NOW - 7200, null);

		$overview = $this->service()->overview('all', '', '', 0, 25);

		$this->assertSame(3, $overview['total']);
		$this->assertSame(['compliant' => 1, 'findings' => 1, 'room-missing' => 1], $overview['counts']);
		$this->assertSame(['open0001', 'kept0001', 'gone0001'], array_column($overview['meetings'], 'token'));
		$open = $overview['meetings'][0];
		$this->assertSame(['findings', 'Staff meeting', 'bob', 'Bob Berg'], [$open['status'], $open['title'], $open['owner'], $open['ownerDisplayName']]);
		$this->assertSame([['code' => 'password', 'expected' => true, 'actual' => false], ['code' => 'listable', 'expected' => 0, 'actual' => 1]], $open['findings']);
		$this->assertSame([], $open['serverFindings']);
		$this->assertSame('carol', $overview['meetings'][2]['ownerDisplayName'], 'a deleted user is shown by id');
	}

	public function testNamesWhatOnlyTheServerSeesAsTranslatedFindings(): void {
		// Participants may skip the lobby (default permissions with "lobby ignore", 8): the browser cannot see it.
		$this->meeting('skip0001', 'alice', 'Board meeting', self::NOW + 3600, ['default_permissions' => 1 | 8]);

		$row = $this->service()->overview('all', '', '', 0, 25)['meetings'][0];

		$this->assertSame(['findings', []], [$row['status'], $row['findings']]);
		$this->assertSame(['room'], array_column($row['serverFindings'], 'field'));
		$this->assertSame(['lobby-bypass'], array_column($row['serverFindings'], 'code'));
		$this->assertStringContainsString('skip the lobby', $row['serverFindings'][0]['message']);
	}

	public function testFailsWhenTalkIsDisabled(): void {
		$this->meeting('kept0001', 'alice', 'Board meeting', self::NOW + 3600);
		$talk = $this->createMock(TalkLocator::class);
		$talk->method('get')->willThrowException(new TalkUnavailableException('Talk is not enabled'));
		$this->expectException(TalkUnavailableException::class);
		$this->service($talk)->overview('all', '', '', 0, 25);
	}

	public function testFiltersByStatusOwnerAndSearchAndCountsBeforeTheStatusFilter(): void {
		$this->meeting('kept0001', 'alice', 'Board meeting', self::NOW + 3600);
		$this->meeting('kept0002', 'alice', 'Team call', self::NOW + 3700);
		$this->meeting('open0001', 'alice', 'Board review', self::NOW + 7200, ['lobby_state' => 0]);
		$this->meeting('open0002', 'bob', 'Board of bob', self::NOW + 7300, ['lobby_state' => 0]);

		$findings = $this->service()->overview('findings', 'alice', 'board', 0, 25);

		$this->assertSame(['open0001'], array_column($findings['meetings'], 'token'));
		$this->assertSame(1, $findings['total']);
		$this->assertSame(['compliant' => 1, 'findings' => 1, 'room-missing' => 0], $findings['counts']);
		$this->assertSame(['kept0001'], array_column($this->service()->overview('all', '', 'kept0001', 0, 25)['meetings'], 'token'), 'search also matches the token');
	}

	public function testLeavesOutMeetingsThatRetentionPurged(): void {
		$this->meeting('kept0001', 'alice', 'Board meeting', self::NOW + 3600);
		$this->meeting('gone0001', 'alice', 'Old meeting', self::NOW - 86400 * 60, null);
		$this->mapper->markPurged($this->mapper->findByToken('gone0001'), self::NOW);

		$overview = $this->service()->overview('all', '', '', 0, 25);

		$this->assertSame(['kept0001'], array_column($overview['meetings'], 'token'));
		$this->assertSame(['compliant' => 1, 'findings' => 0, 'room-missing' => 0], $overview['counts']);
	}

	public function testPagesOnTheServer(): void {
		for ($i = 0; $i < 7; $i++) {
			$this->meeting(sprintf('room%04d', $i), 'alice', "Meeting $i", self::NOW + $i * 60);
		}

		$second = $this->service()->overview('all', '', '', 3, 3);

		$this->assertSame(7, $second['total']);
		$this->assertSame(['room0003', 'room0002', 'room0001'], array_column($second['meetings'], 'token'));
		$this->assertSame([], $this->service()->overview('all', '', '', 9, 3)['meetings']);
	}

	public function testFailsWhenTalksRoomsCannotBeRead(): void {
		$this->meeting('kept0001', 'alice', 'Board meeting', self::NOW + 3600);
		$this->db->dbal()->executeStatement('DROP TABLE "oc_talk_rooms"');
		$this->expectException(\OCP\DB\Exception::class);
		$this->service()->overview('all', '', '', 0, 25);
	}
}
