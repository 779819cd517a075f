<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Share\Exceptions\ShareNotFound: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Share\Exceptions;

class ShareNotFound extends GenericShareException {
	public function __construct($message = '', ...$arguments) {
		if (empty($message)) {
			$message = 'Share not found';
		}
		parent::__construct($message, ...$arguments);
	}
}
