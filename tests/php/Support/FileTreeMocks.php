<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\Files\File;
use OCP\Files\Folder;
use OCP\Files\IHomeStorage;
use OCP\Files\IRootFolder;
use OCP\Files\Node;
use OCP\Files\NotFoundException;
use OCP\Files\Storage\IStorage;
use OCP\IUser;
use OCP\IUserManager;
use PHPUnit\Framework\MockObject\MockObject;

/**
 * Users' files as PHPUnit mocks of OCP's IRootFolder, Folder and File: each user's tree, with the storage
 * a file lives on (the user's home, or a group folder / external storage), its owner and times; users
 * who are gone, and users whose storage fails.
 * Deleting a file removes it from the tree and is recorded in `$deletedIds`.
 *
 * @psalm-require-extends \PHPUnit\Framework\TestCase
 */
trait FileTreeMocks {
	protected IRootFolder&MockObject $rootFolder;
	protected IUserManager&MockObject $userManager;
	/** @var list<int> */
	protected array $deletedIds = [];
	/** @var array<int, true> ids whose delete() throws */
	protected array $undeletable = [];
	/** @var array<string, true> users who no longer exist: asking for their files fails, as in Nextcloud */
	protected array $goneUsers = [];
	/** @var array<string, \Throwable> users whose storage fails with this error */
	protected array $brokenStorage = [];
	/** @var array<string, array<string, Node&MockObject>> user → relative path → node */
	private array $trees = [];
	/** @var array<string, Folder&MockObject> */
	private array $roots = [];
	private int $nextFolderId = 900000;

	protected function setUpFileTree(): void {
		$this->rootFolder = $this->createMock(IRootFolder::class);
		$this->rootFolder->method('getUserFolder')->willReturnCallback(function (string $userId): Folder {
			if (isset($this->goneUsers[$userId])) {
				// Nextcloud throws OC\User\NoUserException, which OCP does not offer.
				throw new \RuntimeException("no user $userId");
			}
			return $this->userRoot($userId);
		});
		$this->userManager = $this->createMock(IUserManager::class);
		$this->userManager->method('userExists')->willReturnCallback(fn (string $userId): bool => !isset($this->goneUsers[$userId]));
	}

	/**
	 * A file at `path` (relative to the user's files, e.g. `/Talk/a.pdf`), creating the folders above it.
	 *
	 * @param array{owner?: string, home?: bool, shared?: bool, uploadTime?: int, mtime?: int} $options
	 */
	protected function addFile(string $userId, string $path, int $id, array $options = []): File&MockObject {
		$parent = $this->folderAt($userId, dirname($path));
		$file = $this->createMock(File::class);
		$this->describe($file, $userId, $path, $id, $parent, $options);
		$file->method('getUploadTime')->willReturn($options['uploadTime'] ?? 0);
		$file->method('getMTime')->willReturn($options['mtime'] ?? 0);
		$file->method('delete')->willReturnCallback(function () use ($userId, $path, $id): void {
			if (isset($this->undeletable[$id])) {
				throw new \RuntimeException("file $id cannot be deleted");
			}
			unset($this->trees[$userId][$path]);
			$this->deletedIds[] = $id;
		});
		$this->trees[$userId][$path] = $file;
		return $file;
	}

	/** @return Folder&MockObject the folder at `path` below the user's root, made on first use */
	protected function folderAt(string $userId, string $path, array $options = []): Folder {
		$root = $this->userRoot($userId);
		if ($path === '/' || $path === '' || $path === '.') {
			return $root;
		}
		if (isset($this->trees[$userId][$path])) {
			/** @var Folder&MockObject */
			return $this->trees[$userId][$path];
		}
		$parent = $this->folderAt($userId, dirname($path));
		$folder = $this->createMock(Folder::class);
		$this->describe($folder, $userId, $path, $this->nextFolderId++, $parent, $options);
		$folder->method('getDirectoryListing')->willReturnCallback(fn (): array => $this->children($userId, $path));
		$this->trees[$userId][$path] = $folder;
		return $folder;
	}

	/** @return Folder&MockObject */
	private function userRoot(string $userId): Folder {
		if (isset($this->roots[$userId])) {
			return $this->roots[$userId];
		}
		$root = $this->createMock(Folder::class);
		$rootPath = "/$userId/files";
		$root->method('getPath')->willReturn($rootPath);
		$root->method('getRelativePath')->willReturnCallback(static fn (string $path): ?string => str_starts_with($path, $rootPath . '/') ? substr($path, strlen($rootPath)) : null);
		$root->method('getFirstNodeById')->willReturnCallback(function (int $id) use ($userId): ?Node {
			if (isset($this->brokenStorage[$userId])) {
				throw $this->brokenStorage[$userId];
			}
			foreach ($this->trees[$userId] ?? [] as $node) {
				if ($node->getId() === $id) {
					return $node;
				}
			}
			return null;
		});
		$root->method('get')->willReturnCallback(function (string $path) use ($userId): Node {
			if (isset($this->brokenStorage[$userId])) {
				throw $this->brokenStorage[$userId];
			}
			return $this->trees[$userId]['/' . trim($path, '/')] ?? throw new NotFoundException($path);
		});
		return $this->roots[$userId] = $root;
	}

	/** @return list<Node> */
	private function children(string $userId, string $folder): array {
		$children = [];
		foreach ($this->trees[$userId] ?? [] as $path => $node) {
			if (dirname($path) === $folder) {
				$children[] = $node;
			}
		}
		return $children;
	}

	private function describe(Node&MockObject $node, string $userId, string $path, int $id, Folder $parent, array $options): void {
		$owner = $this->createMock(IUser::class);
		$owner->method('getUID')->willReturn($options['owner'] ?? $userId);
		$storage = ($options['home'] ?? true) ? $this->createMock(IHomeStorage::class) : $this->createMock(IStorage::class);
		$storage->method('instanceOfStorage')->willReturnCallback(static fn (string $class): bool => $class === IHomeStorage::class ? ($options['home'] ?? true) : false);
		$node->method('getId')->willReturn($id);
		$node->method('getName')->willReturn(basename($path));
		$node->method('getPath')->willReturn("/$userId/files$path");
		$node->method('getParent')->willReturn($parent);
		$node->method('getOwner')->willReturn($owner);
		$node->method('getStorage')->willReturn($storage);
		$node->method('isShared')->willReturn($options['shared'] ?? false);
	}
}
