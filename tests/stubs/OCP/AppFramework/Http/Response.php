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
}
