<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\Talk\Controller\RoomController;
use OCA\Talk\Room;
use OCA\Talk\Service\RoomService;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\IExpressionBuilder;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;
use OCP\IRequest;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

/**
 * Runs Talk's real services and controllers (reference tree, Talk 22) with Safe Meeting's listeners
 * registered on a working event dispatcher, the way Nextcloud wires them:
 *
 *     $talk = new TalkServiceHarness($this, [RoomGuardListener::class => $listener]);
 *     $talk->registerApp();                       // Application::register() → the dispatcher
 *     $room = $talk->room(['token' => 'safe0001', 'type' => Room::TYPE_PUBLIC]);
 *     $response = $talk->roomController($room)->setListable(Room::LISTABLE_ALL);
 *     // $talk->writes: what Talk wrote to its tables; $talk->roomWrites: which Room setters ran
 *
 * Every constructor dependency that is not given is a PHPUnit mock of its real type (build()).
 * Talk's database is a mock whose query builders log each executed statement in $writes, so a test
 * can show that a veto stops the write. For use in tests/php/Reference only: the stubs have no
 * RoomService.
 */
final class TalkServiceHarness {
	public readonly EventDispatcher $dispatcher;
	/** Talk's database: a mock, every executed statement is logged in $writes. */
	public readonly IDBConnection&MockObject $db;
	/** @var list<string> statements Talk executed, e.g. "UPDATE talk_rooms SET listable" */
	public array $writes = [];
	/** @var list<string> Room setters Talk called, e.g. "setListable" */
	public array $roomWrites = [];
	/** @var array<class-string, object> instances by class or interface name, for build() and the listeners */
	private array $services;
	private ?RoomService $roomService = null;

	/**
	 * @param array<class-string, object> $services what the DI container hands out (e.g. our listeners);
	 *                                              everything else is mocked
	 */
	public function __construct(
		private TestCase $test,
		array $services = [],
	) {
		$this->services = $services;
		$this->dispatcher = new EventDispatcher(fn (string $class): object => $this->services[$class] ?? throw new \LogicException("No $class given to the harness"));
		$this->db = $this->mock(IDBConnection::class);
		$this->db->method('getQueryBuilder')->willReturnCallback(fn (): IQueryBuilder => $this->queryBuilder());
	}

	/** Runs Safe Meeting's Application::register() into the dispatcher, as Nextcloud's bootstrap does. */
	public function registerApp(): void {
		$context = $this->mock(IRegistrationContext::class);
		$context->method('registerEventListener')->willReturnCallback(function (string $event, string $listener, int $priority = 0): void {
			$this->dispatcher->addServiceListener($event, $listener, $priority);
		});
		(new \ReflectionClass(Application::class))->newInstanceWithoutConstructor()->register($context);
	}

	/** Talk's real RoomService on the harness's dispatcher and database. */
	public function roomService(): RoomService {
		return $this->roomService ??= $this->build(RoomService::class, ['dispatcher' => $this->dispatcher, 'db' => $this->db]);
	}

	/**
	 * Talk's real RoomController acting on $room, backed by the real RoomService, as Talk's
	 * InjectionMiddleware leaves it for a moderator's request. $arguments replace constructor
	 * dependencies by name (e.g. a configured `talkConfig`).
	 *
	 * @param array<string, mixed> $arguments
	 */
	public function roomController(Room $room, ?IRequest $request = null, array $arguments = []): RoomController {
		$controller = $this->build(RoomController::class, $arguments + [
			'appName' => 'spreed',
			'userId' => 'alice',
			'request' => $request ?? $this->mock(IRequest::class),
			'roomService' => $this->roomService(),
			'dispatcher' => $this->dispatcher,
		]);
		$controller->setRoom($room);
		return $controller;
	}

	/**
	 * A real instance of $class: each constructor parameter from $arguments (by name), else from the
	 * services given to the harness (by type), else a mock of its type, else its default value.
	 *
	 * @template T of object
	 * @param class-string<T> $class
	 * @param array<string, mixed> $arguments
	 * @return T
	 */
	public function build(string $class, array $arguments = []): object {
		$values = [];
		foreach ((new \ReflectionClass($class))->getConstructor()?->getParameters() ?? [] as $parameter) {
			$name = $parameter->getName();
			$type = $parameter->getType();
			$typeName = $type instanceof \ReflectionNamedType ? $type->getName() : null;
			if (array_key_exists($name, $arguments)) {
				$values[] = $arguments[$name];
			} elseif ($typeName !== null && isset($this->services[$typeName])) {
				$values[] = $this->services[$typeName];
			} elseif ($typeName !== null && !$type->isBuiltin()) {
				$values[] = $this->mock($typeName);
			} elseif ($parameter->isDefaultValueAvailable()) {
				$values[] = $parameter->getDefaultValue();
			} else {
				throw new \LogicException("$class::__construct() needs \$$name");
			}
		}
		return new $class(...$values);
	}

	/**
	 * A mock of Talk's Room holding $state; its setters change the state and are logged in $roomWrites.
	 * Keys: id, token, name, type, readOnly, listable, messageExpiration, lobbyState, lobbyTimer (?DateTime),
	 * sipEnabled, description, password (hash), objectType, breakoutRoomMode, breakoutRoomStatus, callFlag,
	 * callRecording, recordingConsent, mentionPermissions, defaultPermissions.
	 *
	 * @param array<string, mixed> $state
	 */
	public function room(array $state = []): Room&MockObject {
		return TalkObjects::room($this->test, $state + [
			'id' => 42, 'token' => 'abcd1234', 'name' => 'Meeting', 'type' => Room::TYPE_PUBLIC, 'readOnly' => Room::READ_WRITE,
			'listable' => Room::LISTABLE_NONE, 'messageExpiration' => 0, 'lobbyState' => 0, 'lobbyTimer' => null,
			'sipEnabled' => 0, 'description' => '', 'password' => '', 'objectType' => '', 'breakoutRoomMode' => 0,
			'breakoutRoomStatus' => 0, 'callFlag' => 0, 'callRecording' => 0, 'recordingConsent' => 0,
			'mentionPermissions' => 0, 'defaultPermissions' => 0,
		], function (string $setter): void {
			$this->roomWrites[] = $setter;
		});
	}

	/**
	 * A query builder whose fluent calls return itself and whose execution logs the statement: table
	 * and columns only, since Talk's SQL itself is not what these tests are about.
	 */
	private function queryBuilder(): IQueryBuilder {
		$statement = [];
		$qb = $this->mock(IQueryBuilder::class);
		$log = static function (string $verb) use (&$statement, $qb): \Closure {
			return static function (...$args) use (&$statement, $qb, $verb): IQueryBuilder {
				$statement[] = $verb . ' ' . (is_string($args[0] ?? null) ? $args[0] : '…');
				return $qb;
			};
		};
		foreach (['update' => 'UPDATE', 'insert' => 'INSERT INTO', 'delete' => 'DELETE FROM', 'set' => 'SET', 'setValue' => 'VALUE'] as $method => $verb) {
			$qb->method($method)->willReturnCallback($log($verb));
		}
		foreach (['where', 'andWhere', 'orWhere', 'select', 'addSelect', 'selectAlias', 'from', 'leftJoin', 'innerJoin', 'setParameter', 'setMaxResults', 'orderBy'] as $method) {
			$qb->method($method)->willReturn($qb);
		}
		$qb->method('expr')->willReturn($this->mock(IExpressionBuilder::class));
		$qb->method('createNamedParameter')->willReturn(':param');
		// Talk's reads find nothing: tests give Talk's lookups through its mappers or mocked services.
		$nothing = $this->mock(IResult::class);
		$nothing->method('fetch')->willReturn(false);
		$nothing->method('fetchAll')->willReturn([]);
		$qb->method('executeQuery')->willReturn($nothing);
		$qb->method('executeStatement')->willReturnCallback(function () use (&$statement): int {
			$this->writes[] = implode(' ', $statement);
			return 1;
		});
		return $qb;
	}

	/**
	 * @template T of object
	 * @param class-string<T> $type
	 * @return T&MockObject
	 */
	private function mock(string $type): MockObject {
		return $this->test->getMockBuilder($type)->disableOriginalConstructor()->disableOriginalClone()->disableArgumentCloning()->getMock();
	}
}
