<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Share\Exceptions\GenericShareException: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Share\Exceptions;

use OCP\HintException;

class GenericShareException extends HintException {
	public function __construct($message = '', $hint = '', $code = 0, ?\Exception $previous = null) {
		if (empty($message)) {
			$message = 'There was an error retrieving the share. Maybe the link is wrong, it was unshared, or it was deleted.';
		}
		parent::__construct($message, $hint, $code, $previous);
	}
}
