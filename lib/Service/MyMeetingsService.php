<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Talk\RoomOverview;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUser;
use Psr\Log\LoggerInterface;

/**
 * "My safe meetings": a page of the user's meetings, each with its room as Talk has it now and the
 * compliance verdict, including what only the server sees (Talk's server-wide settings). Computed here, with a fixed number of Talk queries per page, so the browser
 * needs no request per meeting (and the page delivers the first page with its HTML).
 *
 * @psalm-import-type SafeMeetingListedMeeting from ResponseDefinitions
 * @psalm-import-type SafeMeetingMeetingStatus from ResponseDefinitions
 */
class MyMeetingsService {
	public const PAGE_SIZE = 50;

	public function __construct(
		private MeetingService $meetingService,
		private TalkLocator $talkLocator,
		private ViolationMessages $messages,
		private ITimeFactory $timeFactory,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * The user's meetings (created or moderated) in the order MeetingListPosition gives: running, upcoming
	 * soonest first, past most recent first. `$after` is the previous page's cursor (null: the first page).
	 * @return array{meetings: list<SafeMeetingListedMeeting>, nextCursor: ?string, now: int}
	 */
	public function page(IUser $user, ?MeetingListPosition $after = null, int $limit = self::PAGE_SIZE): array {
		$now = $this->timeFactory->getTime();
		// Later pages keep the phases of the first page's time, so the order does not move under the cursor.
		$at = $after?->at ?? $now;
		// Two queries find them all (MeetingService::listFor); Talk is asked about one page only.
		$positioned = [];
		foreach ($this->meetingService->listFor($user) as $meeting) {
			$position = MeetingListPosition::of($meeting, $at);
			if ($after === null || $position->compare($after) > 0) {
				$positioned[] = [$position, $meeting];
			}
		}
		usort($positioned, static fn (array $a, array $b): int => $a[0]->compare($b[0]));
		$hasMore = count($positioned) > $limit;
		$positioned = array_slice($positioned, 0, $limit);
		$meetings = array_column($positioned, 1);
		$talk = $this->talkOrNull($user);
		$tokens = array_map(static fn (Meeting $m): string => $m->getToken(), $meetings);
		$overviews = $talk === null ? null : $this->overviews($talk, $tokens, $user->getUID());
		$listed = [];
		foreach ($meetings as $meeting) {
			$entry = $meeting->toArray();
			$entry['status'] = $this->status($entry['plan'], $talk, $overviews, $meeting->getToken(), $now);
			$listed[] = $entry;
		}
		$last = end($positioned);
		return ['meetings' => $listed, 'nextCursor' => $hasMore && $last !== false ? $last[0]->cursor() : null, 'now' => $now];
	}

	/**
	 * @param array<string, RoomOverview>|null $overviews null when Talk could not be asked
	 * @return SafeMeetingMeetingStatus
	 */
	private function status(array $plan, ?TalkAdapter $talk, ?array $overviews, string $token, int $now): array {
		if ($talk === null || $overviews === null) {
			return self::withoutRoom('unknown');
		}
		$overview = $overviews[$token] ?? null;
		if ($overview === null) {
			// Not among the user's rooms: deleted, or the user left a room that still exists.
			return self::withoutRoom($talk->roomExists($token) ? 'left' : 'missing');
		}
		$room = $overview->state;
		return [
			'room' => 'present',
			// The creator may have been demoted since; moderator actions would only be refused then.
			'moderator' => $room->moderatedByUser,
			'participants' => $overview->participants,
			'guestLink' => $room->type === 3,
			'lobby' => $room->lobbyState === 1,
			'callActive' => $overview->callActive,
			'findings' => $this->messages->findings($this->meetingService->findingsFor($plan, $room, $now)),
		];
	}

	/** @return SafeMeetingMeetingStatus */
	private static function withoutRoom(string $room): array {
		return ['room' => $room, 'moderator' => false, 'participants' => 0, 'guestLink' => false, 'lobby' => false, 'callActive' => false, 'findings' => []];
	}

	private function talkOrNull(IUser $user): ?TalkAdapter {
		try {
			return $this->talkLocator->get(TalkAdapter::class, $user);
		} catch (TalkUnavailableException) {
			return null;
		}
	}

	/**
	 * @param list<string> $tokens
	 * @return array<string, RoomOverview>|null
	 */
	private function overviews(TalkAdapter $talk, array $tokens, string $userId): ?array {
		try {
			return $talk->getRoomOverviews($tokens, $userId);
		} catch (\Throwable $e) {
			// The list still shows the plans; compliance reads "could not be checked".
			$this->logger->error('Could not read the rooms of the safe meetings from Talk', ['app' => 'safe_meeting', 'exception' => $e]);
			return null;
		}
	}
}
