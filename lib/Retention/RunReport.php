<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

/**
 * What a retention run did, for occ and the logs; a dry run keeps the plans it would have carried out.
 */
final class RunReport {
	public int $meetings = 0;
	public int $purged = 0;
	/** Meetings with a step that failed; they are tried again next run. */
	public int $failedMeetings = 0;
	public Outcome $outcome;
	/** @var list<MeetingPlan> dry run only */
	public array $planned = [];
	/** Whether the run stopped at its time limit before the end of the registry. */
	public bool $stoppedEarly = false;

	public function __construct() {
		$this->outcome = new Outcome();
	}
}
