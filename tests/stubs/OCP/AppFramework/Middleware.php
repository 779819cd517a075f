<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Middleware: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework;

use Exception;
use OCP\AppFramework\Http\Response;

abstract class Middleware {
	public function beforeController(Controller $controller, string $methodName) {
	}

	public function afterException(Controller $controller, string $methodName, Exception $exception) {
		throw $exception;
	}

	public function afterController(Controller $controller, string $methodName, Response $response) {
		return $response;
	}

	public function beforeOutput(Controller $controller, string $methodName, string $output) {
		return $output;
	}
}
