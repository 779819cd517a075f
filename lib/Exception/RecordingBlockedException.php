<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * Talk was asked to start a recording in a safe meeting whose plan blocks recording. Thrown and answered
 * by RecordingGuardMiddleware only; deliberately a plain \Exception, so no other middleware answers it.
 */
class RecordingBlockedException extends \Exception {
	public function __construct(
		public readonly string $token,
	) {
		parent::__construct('Recording is blocked for safe meeting ' . $token);
	}
}
