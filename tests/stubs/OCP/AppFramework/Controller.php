<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Controller: signature checked against nextcloud/ocp stable32; not the real implementation.
 * getResponderByHTTPHeader() and buildResponse() follow the real bodies; the real constructor also registers a 'json' responder.
 */

namespace OCP\AppFramework;

use Closure;
use OCP\IRequest;

abstract class Controller {
	protected $appName;
	protected $request;
	/** @var array<string, Closure> */
	private $responders = [];

	public function __construct($appName,
		IRequest $request) {
		$this->appName = $appName;
		$this->request = $request;
	}

	public function getResponderByHTTPHeader($acceptHeader, $default = 'json') {
		foreach (explode(',', $acceptHeader) as $header) {
			$responder = str_replace('application/', '', strtolower(trim($header)));
			if (array_key_exists($responder, $this->responders)) {
				return $responder;
			}
		}
		return $default;
	}

	protected function registerResponder($format, Closure $responder) {
		$this->responders[$format] = $responder;
	}

	public function buildResponse($response, $format = 'json') {
		if (array_key_exists($format, $this->responders)) {
			return ($this->responders[$format])($response);
		}
		throw new \DomainException('No responder registered for format ' . $format . '!');
	}
}
