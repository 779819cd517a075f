<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

/**
 * Talk objects the way Talk's real classes let tests make them (no invented constructors):
 * a Room is a mock holding a state, a Participant is real (mocked Room, real Attendee row), a
 * controller is a mock whose OCP part is set up by OCSController's own constructor, as Talk's does.
 * Works with the stubs and with the reference tree alike.
 */
final class TalkObjects {
	/**
	 * A mock of Talk's Room whose getters read $state (key `sipEnabled` → getSIPEnabled(), others
	 * get<Key>(), plus hasPassword() from `password`) and whose setters write it and call $onWrite.
	 *
	 * @param array<string, mixed> $state
	 * @param null|\Closure(string): void $onWrite receives the setter's name
	 */
	public static function room(TestCase $test, array $state, ?\Closure $onWrite = null): Room&MockObject {
		$room = $test->getMockBuilder(Room::class)->disableOriginalConstructor()->disableOriginalClone()->getMock();
		foreach (array_keys($state) as $key) {
			$property = $key === 'sipEnabled' ? 'SIPEnabled' : ucfirst($key);
			$room->method('get' . $property)->willReturnCallback(static function () use (&$state, $key) {
				return $state[$key];
			});
			if (method_exists(Room::class, 'set' . $property)) {
				$room->method('set' . $property)->willReturnCallback(static function ($value) use (&$state, $key, $property, $onWrite): void {
					$state[$key] = $value;
					if ($onWrite !== null) {
						$onWrite('set' . $property);
					}
				});
			}
		}
		if (array_key_exists('password', $state)) {
			$room->method('hasPassword')->willReturnCallback(static function () use (&$state): bool {
				return $state['password'] !== '';
			});
		}
		return $room;
	}

	/** A real Participant of $room with the given Participant::* type and no session. */
	public static function participant(Room $room, int $participantType): Participant {
		$attendee = new Attendee();
		$attendee->setParticipantType($participantType);
		return new Participant($room, $attendee, null);
	}

	/**
	 * A Talk controller with Talk's services left out, $mocked methods mocked, and its OCP part
	 * (app name, request, responders) set up by OCSController's own constructor.
	 *
	 * @template T of OCSController
	 * @param class-string<T> $class
	 * @param list<string> $mocked
	 * @return T&MockObject
	 */
	public static function controller(TestCase $test, string $class, IRequest $request, array $mocked = []): OCSController&MockObject {
		$builder = $test->getMockBuilder($class)->disableOriginalConstructor();
		$controller = ((new \ReflectionClass($class))->isAbstract() ? $builder->onlyMethods($mocked)->getMockForAbstractClass() : $builder->onlyMethods($mocked)->getMock());
		(new \ReflectionMethod(OCSController::class, '__construct'))->invoke($controller, 'spreed', $request);
		return $controller;
	}
}
