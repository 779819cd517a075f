<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http\DataResponse: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

class DataResponse extends Response {
	public function __construct(
		protected mixed $data = [],
		int $statusCode = Http::STATUS_OK,
		array $headers = [],
	) {
		$this->setStatus($statusCode);
	}

	public function getData() {
		return $this->data;
	}
}
