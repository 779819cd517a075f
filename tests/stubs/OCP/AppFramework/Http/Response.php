<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http\Response: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Http;

class Response {
	private int $status = \OCP\AppFramework\Http::STATUS_OK;
	private array $headers = [];
	private $throttled = false;
	private $throttleMetadata = [];

	public function __construct(int $status = \OCP\AppFramework\Http::STATUS_OK, array $headers = []) {
		$this->setStatus($status);
		$this->setHeaders($headers);
	}

	public function addHeader($name, $value) {
		$name = trim($name);
		if (is_null($value)) {
			unset($this->headers[$name]);
		} else {
			$this->headers[$name] = $value;
		}
		return $this;
	}

	public function setHeaders(array $headers): static {
		$this->headers = $headers;
		return $this;
	}

	public function getHeaders() {
		return $this->headers;
	}

	public function setStatus($status): static {
		$this->status = $status;
		return $this;
	}

	public function getStatus() {
		return $this->status;
	}

	public function throttle(array $metadata = []) {
		$this->throttled = true;
		$this->throttleMetadata = $metadata;
	}

	public function getThrottleMetadata() {
		return $this->throttleMetadata;
	}

	public function isThrottled() {
		return $this->throttled;
	}
}
