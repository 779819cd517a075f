<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Calendar\IManager: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Calendar;

interface IManager {
	/**
	 * @return ICalendar[]
	 */
	public function getCalendarsForPrincipal(string $principalUri, array $calendarUris = []): array;
}
