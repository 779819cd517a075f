<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Counting test doubles for tests/bench/retention.php: users' files (each user has a Talk folder with
 * their chat attachments), OCP's share manager over the SQLite share table, and Talk's room deletion.
 */

namespace OCA\SafeMeeting\Tests\Bench;

use OCA\SafeMeeting\Talk\ChatState;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCP\Files\File;
use OCP\Files\Folder;
use OCP\Files\IHomeStorage;
use OCP\Files\IRootFolder;
use OCP\Files\Node;
use OCP\Files\NotFoundException;
use OCP\IUser;
use OCP\IUserManager;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager;
use OCP\Share\IShare;
use OCP\Talk\IBroker;
use OCP\Talk\IConversation;
use OCP\Talk\IConversationOptions;

final class BenchUser implements IUser {
	public function __construct(
		private string $uid,
	) {
	}

	public function getUID() {
		return $this->uid;
	}

	public function getDisplayName() {
		return $this->uid;
	}

	public function getEMailAddress() {
		return null;
	}
}

/** Every user exists: the bench's users never leave. */
final class BenchUsers implements IUserManager {
	public function get($uid) {
		return new BenchUser((string)$uid);
	}

	public function userExists($uid, array $excludeBackends = []) {
		return true;
	}

	public function getDisplayName(string $uid): ?string {
		return $uid;
	}

	/** Retention never lists users. */
	public function callForSeenUsers(\Closure $callback) {
	}

	public function countSeenUsers() {
		return 0;
	}
}

final class BenchHome implements IHomeStorage {
	public function __construct(
		private IUser $user,
	) {
	}

	public function instanceOfStorage(string $class) {
		return $class === IHomeStorage::class;
	}

	public function getUser(): IUser {
		return $this->user;
	}
}

/** A file or folder of one user; folders only answer what retention asks of them. */
class BenchNode implements File, Folder {
	public function __construct(
		public readonly BenchFiles $files,
		public readonly string $userId,
		public readonly string $path,
		public readonly int $id,
		public readonly bool $folder,
	) {
	}

	public function getName() {
		return basename($this->path);
	}

	public function getPath() {
		return '/' . $this->userId . '/files' . ($this->path === '/' ? '' : $this->path);
	}

	public function getStorage() {
		return $this->files->home($this->userId);
	}

	public function getId() {
		return $this->id;
	}

	public function getType() {
		return $this->folder ? 'dir' : 'file';
	}

	public function isShared() {
		return false;
	}

	public function getOwner() {
		return $this->files->user($this->userId);
	}

	public function getUploadTime(): int {
		return 0;
	}

	public function delete() {
		$this->files->remove($this);
	}

	public function getMTime() {
		return 0;
	}

	public function getParent() {
		return $this->files->folder($this->userId, dirname($this->path));
	}

	public function getRelativePath($path) {
		$root = $this->getPath();
		return str_starts_with($path, $root . '/') ? substr($path, strlen($root)) : null;
	}

	public function getDirectoryListing() {
		return [];
	}

	public function get($path) {
		throw new NotFoundException($path);
	}

	public function getFirstNodeById(int $id): ?Node {
		$this->files->lookups++;
		return $this->files->byId[$this->userId][$id] ?? null;
	}
}

final class BenchFiles implements IRootFolder {
	public int $lookups = 0;
	public int $deleted = 0;
	/** @var array<string, array<int, BenchNode>> */
	public array $byId = [];
	/** @var array<string, array<string, BenchNode>> */
	private array $folders = [];
	/** @var array<string, IUser> */
	private array $users = [];
	/** @var array<string, BenchHome> */
	private array $homes = [];
	private int $nextFolderId = 1 << 30;

	public function addFile(string $userId, string $path, int $id): void {
		$this->byId[$userId][$id] = new BenchNode($this, $userId, $path, $id, false);
	}

	public function folder(string $userId, string $path): BenchNode {
		return $this->folders[$userId][$path] ??= new BenchNode($this, $userId, $path, $this->nextFolderId++, true);
	}

	public function remove(BenchNode $node): void {
		unset($this->byId[$node->userId][$node->id]);
		$this->deleted++;
	}

	public function user(string $userId): IUser {
		return $this->users[$userId] ??= new BenchUser($userId);
	}

	public function home(string $userId): BenchHome {
		return $this->homes[$userId] ??= new BenchHome($this->user($userId));
	}

	public function getUserFolder($userId) {
		return $this->folder($userId, '/');
	}

	// The root folder itself is never asked anything else.
	public function getName() {
		return '';
	}

	public function getPath() {
		return '/';
	}

	public function getStorage() {
		throw new \LogicException('not used');
	}

	public function getId() {
		return 0;
	}

	public function getType() {
		return 'dir';
	}

	public function isShared() {
		return false;
	}

	public function getOwner() {
		return null;
	}

	public function getUploadTime(): int {
		return 0;
	}

	public function delete() {
		throw new \LogicException('not used');
	}

	public function getMTime() {
		return 0;
	}

	public function getParent() {
		throw new NotFoundException('/');
	}

	public function getRelativePath($path) {
		return $path;
	}

	public function getDirectoryListing() {
		return [];
	}

	public function get($path) {
		throw new NotFoundException($path);
	}

	public function getFirstNodeById(int $id): ?Node {
		return null;
	}
}

final class BenchShare implements IShare {
	public function __construct(
		private int $id,
	) {
	}

	public function getId() {
		return (string)$this->id;
	}

	public function getFullId() {
		return 'ocRoomShare:' . $this->id;
	}

	public function getNode() {
		throw new \LogicException('not used');
	}

	public function getNodeId(): int {
		return 0;
	}

	public function getNodeType() {
		return 'file';
	}

	public function getShareType() {
		return IShare::TYPE_ROOM;
	}

	public function getSharedWith() {
		return '';
	}

	public function getSharedBy() {
		return '';
	}

	public function getShareOwner() {
		return '';
	}

	public function getTarget() {
		return '';
	}

	public function getShareTime() {
		return new \DateTime();
	}
}

/** OCP's share manager over the SQLite share table: deleting a share removes its row and its children. */
final class BenchShareManager implements IManager {
	public int $calls = 0;

	public function __construct(
		private SqliteConnection $db,
	) {
	}

	public function getShareById($id, $recipient = null, bool $onlyValid = true) {
		$this->calls++;
		$numeric = (int)substr((string)$id, strlen('ocRoomShare:'));
		$found = $this->db->dbal()->fetchOne('SELECT id FROM oc_share WHERE id = ?', [$numeric]);
		if ($found === false) {
			throw new ShareNotFound();
		}
		return new BenchShare($numeric);
	}

	public function deleteShare(IShare $share) {
		$this->calls++;
		$this->db->dbal()->executeStatement('DELETE FROM oc_share WHERE id = ? OR parent = ?', [(int)$share->getId(), (int)$share->getId()]);
	}
}

/** Talk for the benchmark: default folders, rooms without members, deletions counted by the broker. */
final class BenchTalk extends TalkRetention {
	public function __construct(
		private BenchBroker $broker,
	) {
		// Talk's own services are not needed: every method below answers without them.
	}

	public function attachmentFolder(string $userId): string {
		return '/Talk';
	}

	public function recordingFolder(string $userId): string {
		return '/Talk/Recording';
	}

	public function chatState(string $token): ?ChatState {
		return null;
	}

	public function userIds(string $token): array {
		return [];
	}

	public function deleteRoom(string $token): bool {
		$this->broker->deleteConversation($token);
		return true;
	}
}

final class BenchBroker implements IBroker {
	public int $deleted = 0;

	public function hasBackend(): bool {
		return true;
	}

	public function newConversationOptions(): IConversationOptions {
		throw new \LogicException('not used');
	}

	public function createConversation(string $name, array $moderators, ?IConversationOptions $options = null): IConversation {
		throw new \LogicException('not used');
	}

	public function deleteConversation(string $id): void {
		$this->deleted++;
	}
}
