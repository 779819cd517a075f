<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Service\WritableCalendars;
use OCP\Calendar\ICalendar;
use OCP\Calendar\ICreateFromString;
use OCP\Calendar\IManager;
use OCP\Constants;
use OCP\IUser;
use PHPUnit\Framework\TestCase;

class WritableCalendarsTest extends TestCase {
	private function calendar(string $class, string $uri, ?string $name, int $permissions = 31, bool $deleted = false): ICalendar {
		$calendar = $this->createMock($class);
		$calendar->method('getUri')->willReturn($uri);
		$calendar->method('getDisplayName')->willReturn($name);
		$calendar->method('getPermissions')->willReturn($permissions);
		$calendar->method('isDeleted')->willReturn($deleted);
		return $calendar;
	}

	public function testListsTheUsersCalendarsTalkCanWriteTo(): void {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn('alice');
		$user->method('getEMailAddress')->willReturn('alice@example.org');
		$manager = $this->createMock(IManager::class);
		$manager->expects($this->once())->method('getCalendarsForPrincipal')->with('principals/users/alice')->willReturn([
			$this->calendar(ICreateFromString::class, 'personal', 'Personal'),
			$this->calendar(ICreateFromString::class, 'team_shared_by_bob', null),
			$this->calendar(ICreateFromString::class, 'holidays_shared_by_bob', 'Holidays', Constants::PERMISSION_CREATE - 3),
			$this->calendar(ICreateFromString::class, 'old', 'Old', 31, true),
			$this->calendar(ICalendar::class, 'readonly', 'Read only'),
		]);

		$this->assertSame(['calendars' => [
			['uri' => 'personal', 'name' => 'Personal'],
			['uri' => 'team_shared_by_bob', 'name' => 'team_shared_by_bob'],
		], 'unavailable' => null], (new WritableCalendars($manager))->forUser($user));
	}

	/** @return list<array{?string}> */
	public static function missingEmails(): array {
		return [[null], ['']];
	}

	/**
	 * Talk refuses to schedule for a user without an e-mail address, so none is offered.
	 * @dataProvider missingEmails
	 */
	public function testOffersNoCalendarAndSaysWhyWhenTheUserHasNoEmailAddress(?string $email): void {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn('dave');
		$user->method('getEMailAddress')->willReturn($email);
		$manager = $this->createMock(IManager::class);
		$manager->expects($this->never())->method('getCalendarsForPrincipal');

		$this->assertSame(['calendars' => [], 'unavailable' => 'no-email'], (new WritableCalendars($manager))->forUser($user));
	}
}
