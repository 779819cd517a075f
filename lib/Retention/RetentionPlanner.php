<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\PendingFile;
use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Db\Receipt;
use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Db\ShareTableReader;
use OCA\SafeMeeting\Talk\ChatState;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\Files\Node;
use Psr\Log\LoggerInterface;

/**
 * Works out, for a batch of meetings, what retention removes and when. It deletes nothing.
 *
 * Database work per batch is constant: one query for the room shares of every meeting in the batch, one
 * for the files whose share is already gone, one for who started recordings (only when a meeting in the
 * batch allowed recording), and one for the other shares of the files that are due (per 1000 of each),
 * however many shares there are.
 */
class RetentionPlanner {
	/** Only what is due now (the background job, occ). */
	public const MODE_DUE = 'due';
	/** Everything, each with the time it will go (the preview). */
	public const MODE_ALL = 'all';
	/** Everything, now (purge). */
	public const MODE_NOW = 'now';

	public function __construct(
		private ShareTableReader $shareTable,
		private PendingFileMapper $pendingFiles,
		private RecordingStarterMapper $recordingStarters,
		private FileScope $scope,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @param list<Meeting> $meetings
	 * @return PlanBatch a plan per meeting with a complete plan, in the same order; meetings whose files could
	 *                   not be looked at (e.g. storage unavailable) are listed as failed and get no plan
	 */
	public function plan(array $meetings, TalkRetention $talk, int $now, string $mode): PlanBatch {
		$tokens = array_map(static fn (Meeting $m): string => $m->getToken(), $meetings);
		$sharesByToken = $this->shareTable->roomSharesOf($tokens);
		$pendingByToken = $this->pendingFiles->findByTokens($tokens);
		$recorded = array_values(array_filter($tokens, static fn (string $token, int $i): bool => self::rulesOf($meetings[$i])->recordingAllowed, ARRAY_FILTER_USE_BOTH));
		$startersByToken = $recorded === [] ? [] : $this->recordingStarters->findByTokens($recorded);
		$drafts = [];
		$failed = [];
		$guardIds = [];
		foreach ($meetings as $meeting) {
			try {
				$token = $meeting->getToken();
				$draft = $this->draft($meeting, $sharesByToken[$token] ?? [], $pendingByToken[$token] ?? [], $startersByToken[$token] ?? [], $talk, $now, $mode);
			} catch (\Throwable $e) {
				$this->logger->error('Retention could not look at the files of a safe meeting; it is tried again next run', ['app' => 'safe_meeting', 'token' => $meeting->getToken(), 'exception' => $e]);
				$failed[] = $meeting;
				continue;
			}
			if ($draft === null) {
				continue;
			}
			foreach ($draft['files'] as [, $candidate]) {
				array_push($guardIds, ...$candidate->guardIds);
			}
			$drafts[] = $draft;
		}
		$sharesOfNodes = $guardIds === [] ? [] : $this->shareTable->sharesOfNodes($guardIds);

		$plans = [];
		foreach ($drafts as $draft) {
			// Earlier shares of a file first: Talk no longer finds them once the file is in the trash.
			$items = $draft['unshares'];
			foreach ($draft['files'] as [$item, $candidate]) {
				$items[] = self::decided($item, $candidate, FileScope::verdict($candidate, $sharesOfNodes, $draft['meeting']->getToken()));
			}
			if ($draft['conversation'] !== null) {
				$items[] = $draft['conversation'];
			}
			$plans[] = new MeetingPlan($draft['meeting'], $draft['rules'], $draft['rule'], $items, $draft['chat']);
		}
		return new PlanBatch($plans, $failed);
	}

	/**
	 * The meeting's items before the share check, or null when its plan lacks what retention needs.
	 *
	 * @param list<RoomShare> $shares
	 * @param list<PendingFile> $pending files whose share is gone already
	 * @param list<string> $starters users who started a recording of the meeting
	 * @return ?array{meeting: Meeting, rules: RetentionRules, rule: string, unshares: list<RetentionItem>, files: list<array{RetentionItem, FileCandidate}>, conversation: ?RetentionItem, chat: ?ChatState}
	 */
	private function draft(Meeting $meeting, array $shares, array $pending, array $starters, TalkRetention $talk, int $now, string $mode): ?array {
		$plan = self::planOf($meeting);
		$rules = RetentionRules::fromPlan($plan);
		$meetingDueAt = $rules->meetingDueAt();
		if (!$rules->isComplete() || $meetingDueAt === null) {
			$this->logger->warning('Safe meeting plan lacks retention settings; nothing of it is deleted', ['app' => 'safe_meeting', 'token' => $meeting->getToken()]);
			return null;
		}
		$token = $meeting->getToken();
		$meetingDue = $mode === self::MODE_NOW || $meetingDueAt <= $now;
		$dueAt = static fn (int $since): int => $mode === self::MODE_NOW ? $now : min((int)$rules->fileDueAt($since), $meetingDueAt);
		$wanted = static fn (int $due): bool => $mode === self::MODE_ALL || $due <= $now;

		// A file shared into this chat more than once goes with its latest share, live or gone: only that
		// share decides about the file, the earlier ones are just unshared at their own time (before it).
		$sharedAt = [];
		$decidingShare = [];
		foreach ($shares as $share) {
			$sharedAt[$share->fileId] = max($sharedAt[$share->fileId] ?? 0, $share->sharedAt);
			// Oldest first: the latest share of each file wins.
			$decidingShare[$share->fileId] = $share->id;
		}
		foreach ($pending as $file) {
			$sharedAt[$file->getFileId()] = max($sharedAt[$file->getFileId()] ?? 0, $file->getSharedAt());
		}

		$unshares = [];
		$files = [];
		foreach ($shares as $share) {
			if ($decidingShare[$share->fileId] !== $share->id) {
				$due = $dueAt($share->sharedAt);
				if ($wanted($due)) {
					$unshares[] = new RetentionItem(RetentionItem::KIND_SHARE, $share->fullId(), $share->name(), $share->sharedAt, $due, RetentionItem::ACTION_UNSHARE, share: $share);
				}
				continue;
			}
			$since = $sharedAt[$share->fileId];
			$due = $dueAt($since);
			if ($wanted($due)) {
				$item = new RetentionItem(RetentionItem::KIND_SHARE, $share->fullId(), $share->name(), $since, $due, RetentionItem::ACTION_DELETE, share: $share);
				$files[] = [$item, $this->scope->locateShare($share, $talk)];
			}
		}
		foreach ($pending as $file) {
			// A live share of the file in this chat decides about it.
			if (isset($decidingShare[$file->getFileId()])) {
				continue;
			}
			$share = $file->toRoomShare();
			$due = $dueAt($share->sharedAt);
			if ($wanted($due)) {
				$item = new RetentionItem(RetentionItem::KIND_FILE, (string)$share->fileId, $share->name(), $share->sharedAt, $due, RetentionItem::ACTION_DELETE, share: $share);
				$files[] = [$item, $this->scope->locateShare($share, $talk)];
			}
		}
		if ($rules->recordingAllowed) {
			foreach ($this->recordings($meeting, $starters, $talk) as $candidate) {
				/** @var Node $node */
				$node = $candidate->node;
				// A recording shared into this chat follows its share.
				if (isset($sharedAt[(int)$node->getId()])) {
					continue;
				}
				$since = $node->getUploadTime() ?: (int)$node->getMTime();
				$due = $dueAt($since);
				if ($wanted($due)) {
					$files[] = [new RetentionItem(RetentionItem::KIND_RECORDING, (string)$node->getId(), $node->getName(), $since, $due, RetentionItem::ACTION_DELETE, node: $node), $candidate];
				}
			}
		}

		$chat = null;
		$conversation = null;
		if ($mode === self::MODE_ALL || $meetingDue) {
			$chat = $meeting->getRoomDeletedAt() === null ? $talk->chatState($token) : null;
			$name = $chat?->name ?? (is_string($plan['title'] ?? null) ? $plan['title'] : $token);
			$conversation = new RetentionItem(RetentionItem::KIND_CONVERSATION, $token, $name, (int)$rules->end, $mode === self::MODE_NOW ? $now : $meetingDueAt, RetentionItem::ACTION_DELETE);
		}
		$rule = $mode === self::MODE_NOW ? Receipt::RULE_PURGE : ($meetingDue ? Receipt::RULE_MEETING_RETENTION : Receipt::RULE_FILE_RETENTION);
		return ['meeting' => $meeting, 'rules' => $rules, 'rule' => $rule, 'unshares' => $unshares, 'files' => $files, 'conversation' => $conversation, 'chat' => $chat];
	}

	/**
	 * Recordings of the room in the folders of everybody who could have started one (Talk stores them in
	 * the starter's folder): the registry owner, whoever started one (RecordingStartedListener), also
	 * after leaving the room, and who is in the room now.
	 *
	 * @param list<string> $starters
	 * @return list<FileCandidate>
	 */
	private function recordings(Meeting $meeting, array $starters, TalkRetention $talk): array {
		$inRoom = $meeting->getRoomDeletedAt() === null ? $talk->userIds($meeting->getToken()) : [];
		$users = array_unique([$meeting->getOwnerUid(), ...$starters, ...$inRoom]);
		$candidates = [];
		foreach ($users as $userId) {
			array_push($candidates, ...$this->scope->locateRecordings($userId, $meeting->getToken(), $talk));
		}
		return $candidates;
	}

	private static function planOf(Meeting $meeting): array {
		$plan = json_decode($meeting->getPlan(), true);
		return is_array($plan) ? $plan : [];
	}

	private static function rulesOf(Meeting $meeting): RetentionRules {
		return RetentionRules::fromPlan(self::planOf($meeting));
	}

	/** The item with the file it concerns and what happens to that file. */
	private static function decided(RetentionItem $item, FileCandidate $candidate, ?string $keepReason): RetentionItem {
		$action = match (true) {
			$keepReason === null => RetentionItem::ACTION_DELETE,
			$item->kind === RetentionItem::KIND_SHARE => RetentionItem::ACTION_UNSHARE,
			default => RetentionItem::ACTION_KEEP,
		};
		return new RetentionItem($item->kind, $item->objectId, $item->name, $item->since, $item->dueAt, $action, $keepReason, $item->share, $candidate->node);
	}
}
