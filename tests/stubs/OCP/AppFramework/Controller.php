<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Controller: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework;

use OCP\IRequest;

abstract class Controller {
	protected $appName;
	protected $request;

	public function __construct($appName,
		IRequest $request) {
		$this->appName = $appName;
		$this->request = $request;
	}
}
