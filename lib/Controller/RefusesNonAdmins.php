<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\ResponseDefinitions;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\DataResponse;

/**
 * The compliance APIs' answer to a caller who is neither an admin nor delegated (CurrentAdmin, AdminAccess).
 * The using controller has an IL10N in `$this->l10n`.
 *
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
trait RefusesNonAdmins {
	/** @return DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}> */
	private function forbidden(): DataResponse {
		return new DataResponse(['message' => $this->l10n->t('Only administrators can see and change the compliance of this server.')], Http::STATUS_FORBIDDEN);
	}
}
