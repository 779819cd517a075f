<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * A guest opened a safe meeting's Talk link without reading its privacy notice; PrivacyNoticeMiddleware
 * turns this into a redirect to the notice page.
 */
class PrivacyNoticeUnreadException extends \Exception {
	public function __construct(
		public readonly string $token,
	) {
		parent::__construct('The privacy notice of this meeting has not been read');
	}
}
