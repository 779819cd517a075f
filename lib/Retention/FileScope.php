<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\Files\File;
use OCP\Files\Folder;
use OCP\Files\IHomeStorage;
use OCP\Files\IRootFolder;
use OCP\Files\Node;
use OCP\Files\NotFoundException;
use OCP\IUserManager;
use OCP\Share\IShare;
use Psr\Log\LoggerInterface;

/**
 * Which files retention may delete: only files in their owner's own storage, inside the folders Talk
 * keeps for chats (the owner's attachment folder) and for this room's recordings
 * (`<recording folder>/<token>/`), owned by whoever put them there, and shared nowhere but this meeting.
 * Everything else is only unshared.
 *
 * Only "not there" counts as nothing to delete: any other error (storage or user backend unavailable)
 * propagates, so the planner fails the meeting and retries it, and its room is not deleted meanwhile.
 */
class FileScope {
	/** Folders above a file that are checked for shares; a file nested deeper is treated as shared. */
	private const MAX_DEPTH = 64;

	public function __construct(
		private IRootFolder $rootFolder,
		private IUserManager $userManager,
		private LoggerInterface $logger,
	) {
	}

	/** Where a room share's file is, and whether it can be a deletion candidate at all. */
	public function locateShare(RoomShare $share, TalkRetention $talk): FileCandidate {
		if ($share->itemType !== 'file') {
			return FileCandidate::keep(KeepReason::FOLDER);
		}
		if ($share->owner !== $share->sharedBy) {
			return FileCandidate::keep(KeepReason::NOT_OWN_FILE);
		}
		$userFolder = $this->userFolder($share->owner);
		$node = $userFolder?->getFirstNodeById($share->fileId);
		if ($userFolder === null || $node === null) {
			return FileCandidate::keep(KeepReason::MISSING);
		}
		$reason = $this->ownStorageProblem($node, $share->owner);
		if ($reason !== null) {
			return FileCandidate::keep($reason, $node);
		}
		$path = (string)$userFolder->getRelativePath($node->getPath());
		$inScope = self::isInside($path, $talk->attachmentFolder($share->owner))
			|| self::isInside($path, self::recordingsOf($talk, $share->owner, $share->token));
		if (!$inScope) {
			return FileCandidate::keep(KeepReason::OUTSIDE_TALK_FOLDER, $node);
		}
		return $this->candidate($node, $userFolder);
	}

	/**
	 * The files Talk stored in `<recording folder>/<token>/` of this user (recordings, transcripts, summaries).
	 *
	 * @return list<FileCandidate>
	 */
	public function locateRecordings(string $userId, string $token, TalkRetention $talk): array {
		$userFolder = $this->userFolder($userId);
		try {
			$folder = $userFolder?->get(self::recordingsOf($talk, $userId, $token));
		} catch (NotFoundException) {
			return [];
		}
		if ($userFolder === null || !$folder instanceof Folder) {
			return [];
		}
		$candidates = [];
		foreach ($folder->getDirectoryListing() as $node) {
			if (!$node instanceof File) {
				continue;
			}
			$reason = $this->ownStorageProblem($node, $userId);
			$candidates[] = $reason !== null ? FileCandidate::keep($reason, $node) : $this->candidate($node, $userFolder);
		}
		return $candidates;
	}

	/**
	 * The verdict once the shares of the candidate's file and folders are known: null = delete it,
	 * else why it stays. Shares that belong to this meeting's room (share type 10 with its token, and their
	 * per-user children) do not count.
	 *
	 * @param array<int, list<array{id: int, type: int, with: string, parent: ?int}>> $sharesOfNodes
	 */
	public static function verdict(FileCandidate $candidate, array $sharesOfNodes, string $token): ?string {
		if ($candidate->keepReason !== null) {
			return $candidate->keepReason;
		}
		$roomShareIds = [];
		foreach ($candidate->guardIds as $id) {
			foreach ($sharesOfNodes[$id] ?? [] as $share) {
				if ($share['type'] === IShare::TYPE_ROOM && $share['with'] === $token) {
					$roomShareIds[$share['id']] = true;
				}
			}
		}
		foreach ($candidate->guardIds as $id) {
			foreach ($sharesOfNodes[$id] ?? [] as $share) {
				$ours = isset($roomShareIds[$share['id']]) || ($share['parent'] !== null && isset($roomShareIds[$share['parent']]));
				if (!$ours) {
					return KeepReason::SHARED_ELSEWHERE;
				}
			}
		}
		return null;
	}

	/** Whether `path` (relative to a user's files, e.g. `/Talk/a.pdf`) lies below `folder`; never below the root. */
	public static function isInside(string $path, string $folder): bool {
		$folder = '/' . trim($folder, '/');
		return $folder !== '/' && str_starts_with($path, $folder . '/');
	}

	private static function recordingsOf(TalkRetention $talk, string $userId, string $token): string {
		return rtrim($talk->recordingFolder($userId), '/') . '/' . $token;
	}

	/** Why a node is not its owner's own file in their own storage, or null when it is. */
	private function ownStorageProblem(Node $node, string $owner): ?string {
		if ($node->getOwner()?->getUID() !== $owner) {
			return KeepReason::OWNER_CHANGED;
		}
		if ($node->isShared() || !$node->getStorage()->instanceOfStorage(IHomeStorage::class)) {
			return KeepReason::OTHER_STORAGE;
		}
		return null;
	}

	/** A deletion candidate guarded by the node's id and those of the folders above it, below the user's root. */
	private function candidate(Node $node, Folder $userFolder): FileCandidate {
		$ids = [(int)$node->getId()];
		$rootPath = $userFolder->getPath();
		$current = $node;
		for ($depth = 0; $depth < self::MAX_DEPTH; $depth++) {
			$parent = $current->getParent();
			if ($parent->getPath() === $rootPath) {
				return new FileCandidate($node, null, $ids);
			}
			$ids[] = (int)$parent->getId();
			$current = $parent;
		}
		return FileCandidate::keep(KeepReason::SHARED_ELSEWHERE, $node);
	}

	/** The user's files, or null when the user is gone (and their files with them). */
	private function userFolder(string $userId): ?Folder {
		try {
			return $this->rootFolder->getUserFolder($userId);
		} catch (\Throwable $e) {
			// OC\User\NoUserException is not OCP: ask the user backend whether the user is really gone.
			if ($this->userManager->userExists($userId)) {
				throw $e;
			}
			$this->logger->info('No files to check for a user who no longer exists', ['app' => 'safe_meeting', 'exception' => $e]);
			return null;
		}
	}
}
