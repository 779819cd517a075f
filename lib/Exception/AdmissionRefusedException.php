<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * Nobody was admitted: the name is no user and no e-mail address, the meeting takes no guests, or the
 * person is a participant already (and may join anyway).
 */
class AdmissionRefusedException extends \Exception {
	public const UNKNOWN = 'unknown';
	public const NO_GUESTS = 'no-guests';
	public const ALREADY_PARTICIPANT = 'already-participant';

	public function __construct(
		/** @var self::UNKNOWN|self::NO_GUESTS|self::ALREADY_PARTICIPANT */
		public readonly string $reason,
	) {
		parent::__construct('Admission refused: ' . $reason);
	}
}
