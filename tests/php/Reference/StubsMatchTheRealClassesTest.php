<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference;

use OCA\SafeMeeting\Tests\Support\Reference;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\Signature;

/**
 * Every class, constant and method (constructors included) in tests/stubs/ exists in the real class
 * this run loads, OCP of this run's Nextcloud version, Talk 22 or PSR, with the same signature. The
 * stubs follow Nextcloud 32; where a later OCP changed a signature compatibly, the change is listed.
 */
class StubsMatchTheRealClassesTest extends ReferenceTestCase {
	/** "Class::member" => [first Nextcloud version that differs, what it has there]. */
	private const CHANGED_LATER = [
		'OCP\BackgroundJob\TimedJob::setInterval' => [33, 'setInterval(int $seconds): void'],
		'OCP\AppFramework\Db\Entity::addType' => [35, 'addType(string $fieldName, OCP\DB\Schema\ColumnType|string $type): void'],
		'OCP\IUser::getUID' => [35, 'getUID(): string'],
		'OCP\IUser::getDisplayName' => [35, 'getDisplayName(): string'],
		'OCP\IUser::getEMailAddress' => [35, 'getEMailAddress(): ?string'],
		'OCP\IUserManager::get' => [34, 'get($uid): ?OCP\IUser'],
		'OCP\IUserManager::userExists' => [34, 'userExists(string $uid, array $excludeBackends = array (' . "\n" . ')): bool'],
		'OCP\BackgroundJob\IJobList::scheduleAfter' => [33, 'scheduleAfter(string $job, int $runAfter, mixed $argument = NULL): void'],
		'OCP\BackgroundJob\IJobList::add' => [33, 'add(OCP\BackgroundJob\IJob|string $job, mixed $argument = NULL): void'],
		'OCP\ICache::get' => [35, 'get(string $key)'],
		'OCP\ICache::set' => [35, 'set(string $key, $value, int $ttl = 0)'],
		'OCP\ICache::remove' => [35, 'remove(string $key)'],
		'OCP\DB\ISchemaWrapper::getTable' => [35, 'getTable(string $tableName): OCP\DB\Schema\ITable'],
		'OCP\DB\ISchemaWrapper::hasTable' => [35, 'hasTable(string $tableName): bool'],
		'OCP\DB\ISchemaWrapper::createTable' => [35, 'createTable(string $tableName): OCP\DB\Schema\ITable'],
		'OCP\DB\QueryBuilder\IQueryBuilder::orderBy' => [35, 'orderBy(OCP\DB\QueryBuilder\ILiteral|OCP\DB\QueryBuilder\IParameter|OCP\DB\QueryBuilder\IQueryFunction|string $sort, SortDirection|null|string $order = NULL): self'],
		'OCP\DB\QueryBuilder\IQueryBuilder::addOrderBy' => [35, 'addOrderBy(OCP\DB\QueryBuilder\ILiteral|OCP\DB\QueryBuilder\IParameter|OCP\DB\QueryBuilder\IQueryFunction|string $sort, SortDirection|null|string $order = NULL): self'],
		'OCP\Share\IManager::deleteShare' => [33, 'deleteShare(OCP\Share\IShare $share): void'],
		'OCP\Share\IManager::getShareById' => [33, 'getShareById(string $id, ?string $recipient = NULL, bool $onlyValid = true): OCP\Share\IShare'],
		'OCP\Files\Folder::getDirectoryListing' => [34, 'getDirectoryListing(?string $mimetypeFilter = NULL): array'],
		'OCP\HintException::__construct' => [34, '__construct(string $message, string $hint = \'\', int $code = 0, ?Exception $previous = NULL)'],
		'OCP\Share\IShare::getId' => [34, 'getId(): string'],
		'OCP\Share\IShare::getFullId' => [34, 'getFullId(): string'],
		'OCP\Share\IShare::getNode' => [34, 'getNode(): OCP\Files\Node'],
	];

	/** Stubbed classes a later Nextcloud added => that version; the app names them only as strings. */
	private const ADDED_LATER = [
		'OCP\User\Events\UserConfigChangedEvent' => 33,
	];

	/** @var array<string, array>|null */
	private static ?array $stubs = null;

	/** What the stubs declare, reflected in a PHP process that loads them (here the real classes hold the names). */
	private static function stubs(): array {
		if (self::$stubs === null) {
			$json = shell_exec('SAFE_MEETING_REFERENCE= ' . escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(__DIR__ . '/../Support/stub-signatures.php'));
			self::$stubs = json_decode((string)$json, true, 512, JSON_THROW_ON_ERROR);
		}
		return self::$stubs;
	}

	public static function stubbedClasses(): array {
		$names = [];
		$dir = __DIR__ . '/../../stubs';
		foreach (new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS)) as $file) {
			$class = str_replace('/', '\\', substr($file->getPathname(), strlen($dir) + 1, -4));
			$names[$class] = [$class];
		}
		ksort($names);
		return $names;
	}

	public function testTheStubsAreReadCompletely(): void {
		$this->assertSame(array_keys(self::stubbedClasses()), array_keys(self::stubs()));
	}

	/** @dataProvider stubbedClasses */
	public function testTheStubMatchesTheRealClass(string $class): void {
		$stub = self::stubs()[$class];
		if (Reference::nextcloud() < (self::ADDED_LATER[$class] ?? 0)) {
			$this->assertFalse(class_exists($class), "$class is listed as added in Nextcloud " . self::ADDED_LATER[$class] . ' but exists in ' . Reference::version());
			return;
		}
		$this->assertTrue(class_exists($class) || interface_exists($class) || trait_exists($class), "$class is not in " . Reference::version());
		$reflection = new \ReflectionClass($class);
		$this->assertStringStartsWith(realpath(Reference::dir()), (string)realpath((string)$reflection->getFileName()), "$class comes from the reference tree");
		$real = Signature::ofClass($reflection);

		$this->assertSame($stub['kind'], $real['kind'], "$class: kind");
		$this->assertSame($stub['parent'], $real['parent'], "$class: parent class");
		$this->assertSame([], array_diff($stub['interfaces'], $real['interfaces']), "$class: interfaces the real one lacks");
		foreach ($stub['constants'] as $name => $value) {
			$this->assertSame($value, $real['constants'][$name] ?? $this->constantOf($reflection, $name), "$class::$name");
		}
		foreach ($stub['methods'] as $name => $signature) {
			$this->assertArrayHasKey($name, $real['methods'] + $this->inherited($reflection, $name), "$class::$name() is not declared by the real class");
			[$since, $changed] = self::CHANGED_LATER["$class::$name"] ?? [PHP_INT_MAX, null];
			$this->assertSame(Reference::nextcloud() >= $since ? $changed : $signature, $real['methods'][$name] ?? $this->inherited($reflection, $name)[$name], "$class::$name()");
		}
	}

	/** A constant the real class inherits instead of declaring (the stub may flatten a hierarchy). */
	private function constantOf(\ReflectionClass $class, string $name): ?string {
		return $class->hasConstant($name) ? var_export($class->getConstant($name), true) : null;
	}

	/** @return array<string, string> */
	private function inherited(\ReflectionClass $class, string $name): array {
		return $class->hasMethod($name) ? [$name => Signature::ofMethod($class->getMethod($name))] : [];
	}
}
