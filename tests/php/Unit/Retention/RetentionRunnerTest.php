<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Retention;

use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Db\ShareTableReader;
use OCA\SafeMeeting\Retention\PendingRoomShares;
use OCA\SafeMeeting\Retention\RetentionRunner;
use OCA\SafeMeeting\Retention\RoomShare;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;

/**
 * The scheduled run end to end: what goes when, exactly that and nothing else, with receipts.
 */
class RetentionRunnerTest extends RetentionTestCase {
	private function runJob(?InMemoryAppConfig $config = null, int $batchSize = RetentionRunner::BATCH, int $maxSeconds = 120): \OCA\SafeMeeting\Retention\RunReport {
		return $this->runner($config ?? new InMemoryAppConfig(), $batchSize)->runScheduled($this->talk, $maxSeconds);
	}

	/** A chat attachment in alice's Talk folder, shared into the room at `sharedAt`. */
	private function attachment(string $token, int $fileId, int $sharedAt, string $name = 'agenda.pdf', string $owner = 'alice'): int {
		$this->addFile($owner, "/Talk/$name", $fileId);
		return $this->shares->roomShare($token, $owner, $fileId, $name, $sharedAt);
	}

	public function testASharedFileGoesExactlyWhenItsRetentionEnds(): void {
		$this->meeting('abcd1234', fileDays: 30);
		$shareId = $this->attachment('abcd1234', 101, self::END - 10 * self::DAY);
		$dueAt = self::END + 20 * self::DAY;

		$this->now = $dueAt - 1;
		$this->runJob();
		$this->assertSame([], $this->deletedIds, 'one second early: nothing goes');
		$this->assertSame([], $this->receiptLog());

		$this->now = $dueAt;
		$this->runJob();
		$this->assertSame([101], $this->deletedIds);
		$this->assertSame(["ocRoomShare:$shareId"], $this->deletedShares);
		$this->assertSame([
			['kind' => 'share', 'objectId' => "ocRoomShare:$shareId", 'objectName' => 'agenda.pdf', 'action' => 'deleted', 'reason' => null, 'rule' => 'file-retention'],
			['kind' => 'file', 'objectId' => '101', 'objectName' => 'agenda.pdf', 'action' => 'deleted', 'reason' => null, 'rule' => 'file-retention'],
		], $this->receiptLog());
		$this->assertSame([], $this->deletedRooms, 'the meeting itself is not due yet');
	}

	public function testOnlyDueSharesOfRegisteredMeetingsAreTouched(): void {
		$this->meeting('abcd1234', fileDays: 30);
		$old = $this->attachment('abcd1234', 101, self::END - 40 * self::DAY, 'old.pdf');
		$this->attachment('abcd1234', 102, self::END - 10 * self::DAY, 'fresh.pdf');
		// Not a safe meeting: its shares are none of retention's business.
		$this->attachment('zzzz9999', 103, self::END - 400 * self::DAY, 'other.pdf');
		// Another user's share of the same kind of file in another registered meeting, not due.
		$this->meeting('wxyz9876', 'bob', fileDays: 365);
		$this->attachment('wxyz9876', 104, self::END - 40 * self::DAY, 'bob.pdf', 'bob');

		$this->runJob();

		$this->assertSame([101], $this->deletedIds);
		$this->assertSame(["ocRoomShare:$old"], $this->deletedShares);
	}

	public function testFilesOutsideTheTalkFolderAreOnlyUnshared(): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Documents/report.pdf', 201);
		$id = $this->shares->roomShare('abcd1234', 'alice', 201, 'report.pdf', self::END - 40 * self::DAY);

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame(["ocRoomShare:$id"], $this->deletedShares);
		$this->assertSame([
			['kind' => 'share', 'objectId' => "ocRoomShare:$id", 'objectName' => 'report.pdf', 'action' => 'deleted', 'reason' => null, 'rule' => 'file-retention'],
			['kind' => 'file', 'objectId' => '201', 'objectName' => 'report.pdf', 'action' => 'kept', 'reason' => 'outside-talk-folder', 'rule' => 'file-retention'],
		], $this->receiptLog());
	}

	public function testAFileMovedOutOfTheTalkFolderSinceSharingIsLeftAloneAndNoted(): void {
		$this->meeting('abcd1234');
		// Shared from /Talk, since moved into a project folder.
		$this->addFile('alice', '/Projects/Budget/agenda.pdf', 301);
		$this->shares->roomShare('abcd1234', 'alice', 301, 'agenda.pdf', self::END - 40 * self::DAY);

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame('outside-talk-folder', $this->receiptLog()[1]['reason']);
	}

	public function testGroupFoldersAndExternalStorageAreOnlyUnshared(): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Talk/groupfolder.pdf', 401, ['home' => false]);
		$this->addFile('alice', '/Talk/received.pdf', 402, ['shared' => true]);
		$this->shares->roomShare('abcd1234', 'alice', 401, 'groupfolder.pdf', self::END - 40 * self::DAY);
		$this->shares->roomShare('abcd1234', 'alice', 402, 'received.pdf', self::END - 40 * self::DAY);

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertCount(2, $this->deletedShares);
		$kept = array_values(array_filter($this->receiptLog(), static fn (array $r): bool => $r['action'] === 'kept'));
		$this->assertSame(['other-storage', 'other-storage'], array_column($kept, 'reason'));
	}

	public function testAFileWhoseOwnerChangedIsLeftAloneAndNoted(): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Talk/handed-over.pdf', 501, ['owner' => 'carol']);
		$this->shares->roomShare('abcd1234', 'alice', 501, 'handed-over.pdf', self::END - 40 * self::DAY);

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame('owner-changed', $this->receiptLog()[1]['reason']);
	}

	public function testSomeoneElsesFileSharedIntoTheChatIsNeverDeleted(): void {
		$this->meeting('abcd1234');
		$this->addFile('carol', '/Talk/carols.pdf', 502);
		$this->shares->roomShare('abcd1234', 'carol', 502, 'carols.pdf', self::END - 40 * self::DAY, sharedBy: 'alice');

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame('not-own-file', $this->receiptLog()[1]['reason']);
	}

	public function testAFileSharedAnywhereElseStays(): void {
		$this->meeting('abcd1234');
		$this->attachment('abcd1234', 601, self::END - 40 * self::DAY, 'linked.pdf');
		$this->shares->otherShare(3, '', 'alice', 601);
		$this->addFile('alice', '/Talk/Board/minutes.pdf', 602);
		$this->shares->roomShare('abcd1234', 'alice', 602, 'minutes.pdf', self::END - 40 * self::DAY);
		// The folder holding the file is shared with bob.
		$this->shares->otherShare(0, 'bob', 'alice', $this->folderAt('alice', '/Talk/Board')->getId(), itemType: 'folder');

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$kept = array_values(array_filter($this->receiptLog(), static fn (array $r): bool => $r['action'] === 'kept'));
		$this->assertSame(['shared-elsewhere', 'shared-elsewhere'], array_column($kept, 'reason'));
	}

	public function testTheRoomSharesOwnPerUserChildrenDoNotCountAsSharedElsewhere(): void {
		$this->meeting('abcd1234');
		$id = $this->attachment('abcd1234', 701, self::END - 40 * self::DAY);
		$this->shares->userRoomChild($id, 'bob', 'alice', 701, 'agenda (renamed).pdf', self::END - 39 * self::DAY);

		$this->runJob();

		$this->assertSame([701], $this->deletedIds);
		$this->assertSame([], $this->shares->ids(), 'the child went with its parent');
	}

	public function testADeletedFileTakesItsRoomShareAndItsChildrenWithIt(): void {
		$this->meeting('abcd1234', fileDays: 30);
		$id = $this->attachment('abcd1234', 702, self::END - 40 * self::DAY);
		$this->shares->userRoomChild($id, 'bob', 'alice', 702, 'agenda.pdf', self::END - 40 * self::DAY);

		$this->runJob();
		$this->runJob();

		$this->assertSame([702], $this->deletedIds);
		$this->assertSame([], $this->shares->ids(), 'no share left to bring the file back from the trash');
		$this->assertSame(['share', 'file'], array_column($this->receiptLog(), 'kind'));
	}

	public function testAKeptFileIsNamedInItsReceiptAsTheChatShowedIt(): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Private/2027 salary negotiation bob.pdf', 703);
		$this->shares->roomShare('abcd1234', 'alice', 703, 'agenda.pdf', self::END - 40 * self::DAY);

		$this->runJob();

		$this->assertSame([['share', 'agenda.pdf'], ['file', 'agenda.pdf']], array_map(static fn (array $r): array => [$r['kind'], $r['objectName']], $this->receiptLog()));
	}

	public function testFoldersSharedIntoTheChatAreOnlyUnshared(): void {
		$this->meeting('abcd1234');
		$folder = $this->folderAt('alice', '/Talk/Shared folder');
		$this->shares->roomShare('abcd1234', 'alice', $folder->getId(), 'Shared folder', self::END - 40 * self::DAY, 'folder');

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame('folder', $this->receiptLog()[1]['reason']);
	}

	public function testAShareWhoseFileIsGoneIsRemovedWithoutAKeptNote(): void {
		$this->meeting('abcd1234');
		$id = $this->shares->roomShare('abcd1234', 'alice', 801, 'deleted.pdf', self::END - 40 * self::DAY);

		$this->runJob();

		$this->assertSame(["ocRoomShare:$id"], $this->deletedShares);
		$this->assertSame(['share'], array_column($this->receiptLog(), 'kind'));
	}

	public function testTheShareOfAUserWhoIsGoneIsRemovedWithoutAKeptNote(): void {
		$this->meeting('abcd1234');
		$id = $this->attachment('abcd1234', 802, self::END - 40 * self::DAY, 'agenda.pdf', 'dave');
		$this->goneUsers['dave'] = true;

		$this->runJob();

		$this->assertSame(["ocRoomShare:$id"], $this->deletedShares);
		$this->assertSame(['share'], array_column($this->receiptLog(), 'kind'));
	}

	public function testUnavailableStorageLeavesTheSharesAndPendingFilesForTheNextRun(): void {
		$config = new InMemoryAppConfig();
		$this->meeting('abcd1234');
		$this->attachment('abcd1234', 803, self::END - 40 * self::DAY);
		$this->addFile('alice', '/Talk/expired.pdf', 804);
		$this->pendingFiles->remember(new RoomShare(0, 'abcd1234', 'alice', 'alice', 804, 'file', '/{TALK_PLACEHOLDER}/expired.pdf', self::END - 40 * self::DAY));
		$this->brokenStorage['alice'] = new \RuntimeException('object store down');

		$report = $this->runJob($config);

		$this->assertSame(1, $report->failedMeetings);
		$this->assertSame([], $this->deletedShares, 'a file that could not be looked at is not "missing"');
		$this->assertCount(1, $this->pendingFiles->findByTokens(['abcd1234'])['abcd1234'] ?? []);
		$this->assertSame([], $this->receiptLog());

		unset($this->brokenStorage['alice']);
		$this->runJob($config);

		$this->assertSame([803, 804], $this->deletedIds);
	}

	public function testAMeetingWhoseRecordingsCannotBeLookedAtKeepsItsRoomUntilTheyCan(): void {
		$config = new InMemoryAppConfig();
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 1, recording: 'with-consent');
		$this->roomUsers['abcd1234'] = ['alice', 'carol'];
		$this->addFile('carol', '/Talk/Recording/abcd1234/call.webm', 905, ['uploadTime' => self::END]);
		$this->brokenStorage['carol'] = new \RuntimeException('object store down');
		$this->now = self::END + self::DAY;

		$report = $this->runJob($config);

		$this->assertSame(1, $report->failedMeetings);
		$this->assertSame([], $this->deletedRooms, 'the room goes only once every recording was looked at');
		$this->assertTrue($this->meetings->isRegistered('abcd1234'));

		unset($this->brokenStorage['carol']);
		$this->runJob($config);

		$this->assertSame([905], $this->deletedIds);
		$this->assertSame(['abcd1234'], $this->deletedRooms);
	}

	public function testRecordingsOfAMeetingThatAllowedRecordingFollowTheFileRule(): void {
		$this->meeting('abcd1234', fileDays: 30, recording: 'with-consent');
		$this->roomUsers['abcd1234'] = ['alice', 'bob'];
		$this->addFile('bob', '/Talk/Recording/abcd1234/call.webm', 901, ['uploadTime' => self::END - 31 * self::DAY]);
		$this->addFile('bob', '/Talk/Recording/abcd1234/transcript.md', 902, ['uploadTime' => self::END - 5 * self::DAY]);
		$this->addFile('bob', '/Talk/Recording/other999/call.webm', 903, ['uploadTime' => self::END - 300 * self::DAY]);
		$this->addFile('alice', '/Talk/Recording/abcd1234/linked.webm', 904, ['mtime' => self::END - 60 * self::DAY]);
		$this->shares->otherShare(3, '', 'alice', 904);

		$this->runJob();

		$this->assertSame([901], $this->deletedIds, 'not the fresh transcript, not another room, not one shared by link');
		$this->assertSame([
			['kind' => 'recording', 'objectId' => '901', 'objectName' => 'call.webm', 'action' => 'deleted', 'reason' => null, 'rule' => 'file-retention'],
		], $this->receiptLog());
	}

	public function testRecordingsOfAModeratorWhoLeftTheRoomStillGoAndWhoStartedThemIsForgottenWithTheMeeting(): void {
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 1, recording: 'with-consent');
		$this->roomUsers['abcd1234'] = ['alice'];
		// carol started a recording (RecordingStartedListener) and has left the room since.
		$this->recordingStarters->remember('abcd1234', 'carol');
		$this->addFile('carol', '/Talk/Recording/abcd1234/call.webm', 906, ['uploadTime' => self::END - 31 * self::DAY]);
		$this->now = self::END + self::DAY;

		$this->runJob();

		$this->assertSame([906], $this->deletedIds);
		$this->assertSame(['abcd1234'], $this->deletedRooms);
		$this->assertSame([], $this->recordingStarters->findByTokens(['abcd1234']), 'purged: nothing kept about who recorded');
	}

	public function testRecordingsOfAMeetingThatBlockedRecordingAreNotLookedFor(): void {
		$this->meeting('abcd1234', recording: 'blocked');
		$this->addFile('alice', '/Talk/Recording/abcd1234/call.webm', 905, ['uploadTime' => 1]);

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
	}

	public function testAfterMeetingRetentionEverythingGoesAndTheMeetingIsMarkedPurged(): void {
		$meeting = $this->meeting('abcd1234', fileDays: 365, meetingDays: 90, recording: 'with-consent');
		$this->attachment('abcd1234', 1001, self::END - self::DAY, 'fresh.pdf');
		$this->addFile('alice', '/Talk/Recording/abcd1234/call.webm', 1002, ['uploadTime' => self::END]);
		$this->now = self::END + 90 * self::DAY;

		$report = $this->runJob();

		$this->assertSame([1001, 1002], $this->deletedIds);
		$this->assertSame(['abcd1234'], $this->deletedRooms);
		$this->assertSame(1, $report->purged);
		$log = $this->receiptLog();
		$this->assertSame(['share', 'file', 'recording', 'conversation'], array_column($log, 'kind'));
		$this->assertSame(['meeting-retention'], array_values(array_unique(array_column($log, 'rule'))));
		$this->assertSame('Room abcd1234', $log[3]['objectName']);
		$row = $this->db->dbal()->fetchAssociative('SELECT token, owner_uid, plan, purged_at FROM oc_safemeet_meetings');
		$this->assertEquals(['token' => 'abcd1234', 'owner_uid' => 'alice', 'plan' => '{}', 'purged_at' => $this->now], $row);
		$this->assertFalse($this->meetings->isRegistered($meeting->getToken()));
	}

	public function testAMeetingWhoseRoomIsAlreadyGoneIsMarkedPurgedWithoutAConversationReceipt(): void {
		$this->meeting('abcd1234', meetingDays: 1);
		$this->rooms['abcd1234'] = 'missing';
		$this->now = self::END + self::DAY;

		$this->runJob();

		$this->assertSame([], $this->deletedRooms);
		$this->assertSame([], $this->receiptLog());
		$this->assertSame([], $this->meetings->findPageAfter(0, 10), 'not looked at again');
	}

	public function testFilesAndRecordingsOfARoomTalkDeletedStillGoOnScheduleAndTheMeetingIsThenPurged(): void {
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 90, recording: 'with-consent');
		$this->attachment('abcd1234', 1003, self::END - 10 * self::DAY, 'minutes.pdf');
		$this->addFile('alice', '/Talk/Recording/abcd1234/call.webm', 1004, ['uploadTime' => self::END - 50 * self::DAY]);
		// A moderator deletes the conversation in Talk: no share events, the shares go by SQL.
		$this->talkDeletesRoom('abcd1234');

		$this->runJob();
		$this->assertFalse($this->meetings->isRegistered('abcd1234'), 'no longer guarded or listed');
		$this->assertSame([1004], $this->deletedIds, 'the recording was due already');

		$this->now = self::END + 20 * self::DAY;
		$this->runJob();
		$this->assertSame([1004, 1003], $this->deletedIds);

		$this->now = self::END + 90 * self::DAY;
		$report = $this->runJob();
		$this->assertSame(1, $report->purged);
		$this->assertSame([], $this->deletedRooms, 'Talk deleted the room; its token is not used again');
		$this->assertSame(['recording', 'file'], array_column($this->receiptLog(), 'kind'));
		$this->assertSame([], $this->pendingFiles->findByTokens(['abcd1234']));
		$this->assertSame([], $this->meetings->findPageAfter(0, 10, withDeletedRooms: true), 'purged: not looked at again');
	}

	public function testFilesOfAClearedChatStillGoWhenTheirRetentionEnds(): void {
		$this->meeting('abcd1234', fileDays: 30);
		$this->attachment('abcd1234', 1005, self::END - 10 * self::DAY, 'draft.pdf');
		// Talk's clear history drops the room shares by SQL; the guard middleware remembered them first.
		(new PendingRoomShares(new ShareTableReader($this->db), $this->pendingFiles))->rememberAll('abcd1234');
		$this->db->dbal()->executeStatement('DELETE FROM oc_share WHERE share_type = 10 AND share_with = ?', ['abcd1234']);

		$this->now = self::END + 20 * self::DAY - 1;
		$this->runJob();
		$this->assertSame([], $this->deletedIds);

		$this->now = self::END + 20 * self::DAY;
		$this->runJob();
		$this->assertSame([1005], $this->deletedIds);
		$this->assertSame([['file', 'draft.pdf', 'deleted']], array_map(static fn (array $r): array => [$r['kind'], $r['objectName'], $r['action']], $this->receiptLog()));
	}

	public function testPurgingAMeetingLeavesNothingPendingOfSharesWhoseFilesWereGone(): void {
		$this->meeting('abcd1234', meetingDays: 1);
		// The file is in the trash: Talk's provider no longer finds the share, so it is left for the room deletion.
		$this->shares->roomShare('abcd1234', 'alice', 1006, 'trashed.pdf', self::END - 40 * self::DAY);
		$this->now = self::END + self::DAY;

		$this->runJob();

		$this->assertSame(['abcd1234'], $this->deletedRooms);
		$this->assertSame([], $this->pendingFiles->findByTokens(['abcd1234']));
	}

	public function testAFailedFileKeepsTheRoomAndIsRetriedNextRunWithoutDuplicateReceipts(): void {
		$config = new InMemoryAppConfig();
		$this->meeting('abcd1234', meetingDays: 1);
		$this->attachment('abcd1234', 1101, self::END, 'locked.pdf');
		$this->attachment('abcd1234', 1102, self::END, 'fine.pdf');
		$this->undeletable[1101] = true;
		$this->now = self::END + self::DAY;

		$report = $this->runJob($config);

		$this->assertSame(1, $report->failedMeetings);
		$this->assertSame([1102], $this->deletedIds);
		$this->assertSame([], $this->deletedRooms, 'the room waits until every file is handled');
		$this->assertSame([1101], array_map(static fn ($p): int => $p->getFileId(), $this->pendingFiles->findByTokens(['abcd1234'])['abcd1234'] ?? []), 'its share is gone: the file waits as pending');
		$progress = json_decode($config->values['safe_meeting'][Lexicon::RETENTION_PROGRESS], true);
		$this->assertSame([(int)$this->meetings->findByToken('abcd1234')->getId()], $progress['retry']);

		unset($this->undeletable[1101]);
		$this->runJob($config);

		$this->assertSame([1102, 1101], $this->deletedIds);
		$this->assertSame(['abcd1234'], $this->deletedRooms);
		$log = $this->receiptLog();
		$this->assertSame(['share', 'share', 'file', 'file', 'conversation'], array_column($log, 'kind'));
		$this->assertSame(['locked.pdf', 'fine.pdf', 'fine.pdf', 'locked.pdf', 'Room abcd1234'], array_column($log, 'objectName'));
		$this->assertSame([], json_decode($config->values['safe_meeting'][Lexicon::RETENTION_PROGRESS], true)['retry']);
	}

	public function testAFailedRoomDeletionIsRetriedNextRun(): void {
		$config = new InMemoryAppConfig();
		$this->meeting('abcd1234', meetingDays: 1);
		$this->rooms['abcd1234'] = 'fails';
		$this->now = self::END + self::DAY;

		$this->runJob($config);
		$this->assertTrue($this->meetings->isRegistered('abcd1234'), 'still guarded while its room exists');

		$this->rooms['abcd1234'] = 'deleted';
		$this->runJob($config);
		$this->assertSame(['abcd1234'], $this->deletedRooms);
		$this->assertSame(['conversation'], array_column($this->receiptLog(), 'kind'));
	}

	public function testRunningAgainChangesNothing(): void {
		$this->meeting('abcd1234');
		$this->attachment('abcd1234', 1201, self::END - 40 * self::DAY);
		$this->addFile('alice', '/Documents/b.pdf', 1202);
		$this->shares->roomShare('abcd1234', 'alice', 1202, 'b.pdf', self::END - 40 * self::DAY);

		$this->runJob();
		$receipts = $this->receiptLog();
		$this->runJob();

		$this->assertSame($receipts, $this->receiptLog());
		$this->assertSame([1201], $this->deletedIds);
	}

	public function testAPlanWithoutRetentionSettingsDeletesNothing(): void {
		$this->meeting('abcd1234', plan: ['title' => 'Old plan', 'end' => self::END, 'settings' => []]);
		$this->attachment('abcd1234', 1301, 1);
		$this->now = self::END + 10000 * self::DAY;
		$this->logger->expects($this->atLeastOnce())->method('warning');

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame([], $this->deletedShares);
	}

	public function testResumesWhereTheLastRunStoppedWhenTimeRunsOut(): void {
		$config = new InMemoryAppConfig();
		foreach (['aaaa1111', 'bbbb2222', 'cccc3333', 'dddd4444', 'eeee5555'] as $i => $token) {
			$this->meeting($token);
			$this->attachment($token, 1400 + $i, self::END - 40 * self::DAY, "$token.pdf");
		}
		// Each clock reading moves time on by 50 s: with 120 s the first run handles one batch of two meetings.
		$start = $this->now;
		$reads = 0;
		$this->time = $this->createMock(\OCP\AppFramework\Utility\ITimeFactory::class);
		$this->time->method('getTime')->willReturnCallback(function () use ($start, &$reads): int {
			return $start + 50 * $reads++;
		});

		$first = $this->runJob($config, batchSize: 2);
		$this->assertTrue($first->stoppedEarly);
		$this->assertSame([1400, 1401], $this->deletedIds);

		$reads = 0;
		$this->runJob($config, batchSize: 2);
		$this->assertSame([1400, 1401, 1402, 1403], $this->deletedIds);

		$reads = 0;
		$this->runJob($config, batchSize: 2);
		$this->assertSame([1400, 1401, 1402, 1403, 1404], $this->deletedIds);
		$this->assertSame(0, json_decode($config->values['safe_meeting'][Lexicon::RETENTION_PROGRESS], true)['cursor'], 'sweep done: the next starts over');
	}

	public function testPurgedMeetingsAreNotWalkedAgain(): void {
		$this->meeting('abcd1234', meetingDays: 1);
		$this->now = self::END + self::DAY;
		$this->runJob();

		$report = $this->runJob();

		$this->assertSame(0, $report->meetings);
	}

	/**
	 * @dataProvider shareCounts
	 */
	public function testDatabaseReadsGrowWithBatchesOfMeetingsNotWithShares(int $sharesPerMeeting, int $sharedDaysAgo, int $expectedReads): void {
		foreach (['aaaa1111', 'bbbb2222', 'cccc3333', 'dddd4444', 'eeee5555'] as $m => $token) {
			$this->meeting($token);
			for ($s = 0; $s < $sharesPerMeeting; $s++) {
				$this->attachment($token, 100 * $m + $s + 1, self::END - $sharedDaysAgo * self::DAY, "$token-$s.pdf");
			}
		}
		$this->db->reset();

		$this->runJob(batchSize: 2);

		// Batches of 2, 2 and 1 meetings: each reads its meetings, their room shares and their files whose
		// share is gone (and, when files are due, the other shares of those files) however many shares there
		// are. Writes: a receipt per deletion, and one per meeting to say its files are no longer pending.
		$this->assertSame($expectedReads, $this->db->total('select'));
		$this->assertSame($this->db->total(), $this->db->total('select') + $this->db->total('insert safemeet_receipts') + $this->db->total('delete safemeet_pending'));
	}

	public static function shareCounts(): array {
		return [
			'1 share each, none due' => [1, 1, 9],
			'10 shares each, none due' => [10, 1, 9],
			'1 share each, all due' => [1, 40, 12],
			'10 shares each, all due' => [10, 40, 12],
		];
	}

	public function testAFileWhoseShareExpiredWithTheChatStillGoesWhenItsRetentionEnds(): void {
		$this->meeting('abcd1234', fileDays: 30);
		$this->addFile('alice', '/Talk/expired.pdf', 1501);
		// Core deleted the expired room share; RoomShareDeletedListener remembered the file.
		$this->pendingFiles->remember(new RoomShare(0, 'abcd1234', 'alice', 'alice', 1501, 'file', '/{TALK_PLACEHOLDER}/expired.pdf', self::END - 10 * self::DAY));

		$this->now = self::END + 20 * self::DAY - 1;
		$this->runJob();
		$this->assertSame([], $this->deletedIds);

		$this->now = self::END + 20 * self::DAY;
		$this->runJob();
		$this->assertSame([1501], $this->deletedIds);
		$this->assertSame([
			['kind' => 'file', 'objectId' => '1501', 'objectName' => 'expired.pdf', 'action' => 'deleted', 'reason' => null, 'rule' => 'file-retention'],
		], $this->receiptLog());
		$this->assertSame([], $this->pendingFiles->findByTokens(['abcd1234']), 'decided, no longer pending');
	}

	public function testAFileWhoseShareExpiredIsNotedOnceWhenItStays(): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Documents/expired.pdf', 1502);
		$this->pendingFiles->remember(new RoomShare(0, 'abcd1234', 'alice', 'alice', 1502, 'file', '/{TALK_PLACEHOLDER}/expired.pdf', self::END - 40 * self::DAY));

		$this->runJob();
		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame([['file', 'kept', 'outside-talk-folder']], array_map(static fn (array $r): array => [$r['kind'], $r['action'], $r['reason']], $this->receiptLog()));
	}

	public function testAFileSharedAgainGoesWithItsLatestShareNotWithAnEarlierOneThatIsGone(): void {
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 90);
		$this->addFile('alice', '/Talk/again.pdf', 1503);
		// The first share expired with the chat long ago; the file was shared into the chat again 5 days before the end.
		$this->pendingFiles->remember(new RoomShare(0, 'abcd1234', 'alice', 'alice', 1503, 'file', '/{TALK_PLACEHOLDER}/again.pdf', self::END - 40 * self::DAY));
		$id = $this->attachment('abcd1234', 1503, self::END - 5 * self::DAY, 'again.pdf');

		$this->runJob();
		$this->now = self::END + 25 * self::DAY - 1;
		$this->runJob();
		$this->assertSame([], $this->deletedIds, 'the live share is due 30 days after it was shared');
		$this->assertSame([], $this->receiptLog());

		$this->now = self::END + 25 * self::DAY;
		$this->runJob();
		$this->assertSame([1503], $this->deletedIds);
		$this->assertSame(["ocRoomShare:$id"], $this->deletedShares);
		$this->assertSame([], $this->pendingFiles->findByTokens(['abcd1234']));
	}

	public function testAFileSharedTwiceIntoTheChatIsOnlyUnsharedWhenItsFirstShareIsDue(): void {
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 90);
		$first = $this->attachment('abcd1234', 1504, self::END - 40 * self::DAY, 'twice.pdf');
		$second = $this->shares->roomShare('abcd1234', 'alice', 1504, 'twice.pdf', self::END - 5 * self::DAY);

		$this->runJob();

		$this->assertSame([], $this->deletedIds);
		$this->assertSame(["ocRoomShare:$first"], $this->deletedShares);
		$this->assertSame([['share', 'deleted', null]], array_map(static fn (array $r): array => [$r['kind'], $r['action'], $r['reason']], $this->receiptLog()), 'not noted as kept: it goes later');

		$this->now = self::END + 25 * self::DAY;
		$this->runJob();

		$this->assertSame([1504], $this->deletedIds);
		$this->assertSame(["ocRoomShare:$first", "ocRoomShare:$second"], $this->deletedShares);
		$this->assertSame([], $this->shares->ids());
	}

	public function testAPurgeUnsharesEveryShareOfAFileSharedTwiceBeforeDeletingIt(): void {
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 1);
		$first = $this->attachment('abcd1234', 1505, self::END - 5 * self::DAY, 'twice.pdf');
		$second = $this->shares->roomShare('abcd1234', 'alice', 1505, 'twice.pdf', self::END - 2 * self::DAY);
		$this->now = self::END + self::DAY;

		$this->runJob();

		$this->assertSame([1505], $this->deletedIds);
		$this->assertSame(["ocRoomShare:$first", "ocRoomShare:$second"], $this->deletedShares, 'the earlier share goes before Talk can no longer find it');
		$this->assertSame(['abcd1234'], $this->deletedRooms);
	}

	public function testSharesRetentionDeletesLeaveNothingPending(): void {
		$this->shareDeletionIsReported = true;
		$this->meeting('abcd1234');
		$this->attachment('abcd1234', 1601, self::END - 40 * self::DAY);
		$this->addFile('alice', '/Documents/b.pdf', 1602);
		$this->shares->roomShare('abcd1234', 'alice', 1602, 'b.pdf', self::END - 40 * self::DAY);

		$this->runJob();
		$receipts = $this->receiptLog();
		$this->runJob();

		$this->assertSame([], $this->pendingFiles->findByTokens(['abcd1234']));
		$this->assertSame($receipts, $this->receiptLog(), 'nothing decided twice');
	}
}
