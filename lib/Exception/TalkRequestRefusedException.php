<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

use OCA\SafeMeeting\Talk\GuardedTalkRequest;

/**
 * A request to Talk that the plan of a safe meeting forbids. Thrown and answered by
 * TalkRequestGuardMiddleware only; deliberately a plain \Exception, so no other middleware answers it.
 */
class TalkRequestRefusedException extends \Exception {
	public function __construct(
		public readonly GuardedTalkRequest $request,
	) {
		parent::__construct('Safe meeting ' . $request->token . ' refuses ' . $request->action);
	}
}
