<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\ApiController: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework;

use OCP\IRequest;

abstract class ApiController extends Controller {
	public function __construct($appName,
		IRequest $request,
		$corsMethods = 'PUT, POST, GET, DELETE, PATCH',
		$corsAllowedHeaders = 'Authorization, Content-Type, Accept',
		$corsMaxAge = 1728000) {
		parent::__construct($appName, $request);
	}
}
