<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\Db\Meeting;

/**
 * The plans for a batch of meetings, and the meetings that could not be planned this time.
 */
final class PlanBatch {
	/**
	 * @param list<MeetingPlan> $plans
	 * @param list<Meeting> $failed
	 */
	public function __construct(
		public readonly array $plans,
		public readonly array $failed,
	) {
	}
}
