<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Exception\AdmissionRefusedException;
use OCP\IL10N;

/**
 * Why nobody was admitted, in words, for the API and the bot alike.
 */
final class AdmissionMessages {
	public static function refusal(AdmissionRefusedException $e, IL10N $l): string {
		return match ($e->reason) {
			AdmissionRefusedException::UNKNOWN => $l->t('There is no user with that name, and it is not an e-mail address.'),
			AdmissionRefusedException::NO_GUESTS => $l->t('This safe meeting does not allow guests.'),
			AdmissionRefusedException::ALREADY_PARTICIPANT => $l->t('This person is a participant already and can join.'),
		};
	}
}
