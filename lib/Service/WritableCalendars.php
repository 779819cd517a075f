<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCP\Calendar\ICreateFromString;
use OCP\Calendar\IManager;
use OCP\Constants;
use OCP\IUser;

/**
 * The calendars where Talk can put a meeting for the user (its schedule-meeting endpoint takes a
 * calendar's URI): their own or shared with write access, not in the trash. Talk refuses users
 * without an e-mail address (it is the event's organiser address), so they get none, and the reason.
 */
class WritableCalendars {
	/** The user has no e-mail address: only they can add one, in their personal settings. */
	public const UNAVAILABLE_NO_EMAIL = 'no-email';

	public function __construct(
		private IManager $calendarManager,
	) {
	}

	/** @return array{calendars: list<array{uri: string, name: string}>, unavailable: ?string} */
	public function forUser(IUser $user): array {
		$email = $user->getEMailAddress();
		if ($email === null || $email === '') {
			return ['calendars' => [], 'unavailable' => self::UNAVAILABLE_NO_EMAIL];
		}
		$calendars = [];
		foreach ($this->calendarManager->getCalendarsForPrincipal('principals/users/' . $user->getUID()) as $calendar) {
			if ($calendar instanceof ICreateFromString && !$calendar->isDeleted() && ($calendar->getPermissions() & Constants::PERMISSION_CREATE) !== 0) {
				$calendars[] = ['uri' => $calendar->getUri(), 'name' => $calendar->getDisplayName() ?? $calendar->getUri()];
			}
		}
		return ['calendars' => $calendars, 'unavailable' => null];
	}
}
