<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\ServerRoomChecker;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkRoomTable;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUserManager;

/**
 * Every safe meeting, whoever created it, checked against its plan as its Talk room is now: filtered
 * and paged here, on the server, so the admin's browser never loads all of them. Rooms are read in
 * batches straight from Talk's table (TalkRoomTable), one query per thousand meetings. Each room is judged
 * as "My safe meetings" judges it on the server: what the browser also sees and what only the server sees
 * (server-wide permissions, breakout rooms, federation, forced settings).
 *
 * @psalm-import-type SafeMeetingOverviewRow from ResponseDefinitions
 * @psalm-import-type SafeMeetingOverview from ResponseDefinitions
 */
class MeetingOverviewService {
	public const STATUSES = ['all', 'compliant', 'findings', 'room-missing'];
	public const MAX_LIMIT = 100;

	public function __construct(
		private MeetingMapper $mapper,
		private TalkRoomTable $rooms,
		private RoomChecker $checker,
		private ServerRoomChecker $serverChecker,
		private TalkLocator $talk,
		private ViolationMessages $messages,
		private IUserManager $userManager,
		private ITimeFactory $time,
	) {
	}

	/**
	 * @param string $status one of STATUSES
	 * @param string $owner a user id, '' for everyone
	 * @param string $search part of the title or token, '' for all
	 * @return SafeMeetingOverview rows newest first; counts per status after the owner and search filters
	 * @throws \OCP\DB\Exception Talk's rooms cannot be read
	 * @throws TalkUnavailableException Talk is disabled or cannot be loaded
	 */
	public function overview(string $status, string $owner, string $search, int $offset, int $limit): array {
		$meetings = array_values(array_filter(
			$this->mapper->findAllMeetings($owner === '' ? null : $owner),
			static fn (Meeting $m): bool => $search === '' || self::matches($m, $search),
		));
		$settings = $this->talk->get(TalkServerSettings::class);
		$states = $this->rooms->statesByToken(array_map(static fn (Meeting $m): string => $m->getToken(), $meetings), $settings);
		$now = $this->time->getTime();
		$counts = ['compliant' => 0, 'findings' => 0, 'room-missing' => 0];
		$rows = [];
		foreach ($meetings as $meeting) {
			$row = $this->row($meeting, $states[$meeting->getToken()] ?? null, $now);
			$counts[$row['status']]++;
			if ($status === 'all' || $row['status'] === $status) {
				$rows[] = $row;
			}
		}
		usort($rows, static fn (array $a, array $b): int => [$b['start'], $b['token']] <=> [$a['start'], $a['token']]);
		$page = array_slice($rows, $offset, $limit);
		foreach ($page as $index => $row) {
			// Only the page's owners are looked up.
			$page[$index]['ownerDisplayName'] = $this->userManager->getDisplayName($row['owner']) ?? $row['owner'];
		}
		return ['meetings' => $page, 'total' => count($rows), 'counts' => $counts];
	}

	private static function matches(Meeting $meeting, string $search): bool {
		$title = (string)(json_decode($meeting->getPlan(), true)['title'] ?? '');
		return mb_stripos($title, $search) !== false || str_contains($meeting->getToken(), strtolower($search));
	}

	/** @return SafeMeetingOverviewRow */
	private function row(Meeting $meeting, ?RoomState $room, int $now): array {
		$plan = json_decode($meeting->getPlan(), true, 32, JSON_THROW_ON_ERROR);
		$findings = $room === null ? [] : $this->checker->check($plan, $room->toCheckable(), $now);
		$serverFindings = $room === null ? [] : $this->serverChecker->check($plan, $room->serverFacts(), $now);
		return [
			'token' => $meeting->getToken(),
			'title' => (string)$plan['title'],
			'start' => (int)$plan['start'],
			'end' => (int)$plan['end'],
			'owner' => $meeting->getOwnerUid(),
			'ownerDisplayName' => $meeting->getOwnerUid(),
			'status' => $room === null ? 'room-missing' : ($findings === [] && $serverFindings === [] ? 'compliant' : 'findings'),
			'findings' => $findings,
			'serverFindings' => $this->messages->findings($serverFindings),
		];
	}
}
