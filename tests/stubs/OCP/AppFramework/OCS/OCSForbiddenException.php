<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\AppFramework\OCS\OCSForbiddenException: same as nextcloud/ocp stable32.
 */

namespace OCP\AppFramework\OCS;

use Exception;
use OCP\AppFramework\Http;

class OCSForbiddenException extends OCSException {
	public function __construct($message = '', ?Exception $previous = null) {
		parent::__construct($message, Http::STATUS_FORBIDDEN, $previous);
	}
}
