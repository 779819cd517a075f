<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\AppFramework\Http\DataDisplayResponse: signature checked against nextcloud/ocp stable32.
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

class DataDisplayResponse extends Response {
	protected $data;

	public function __construct(string $data = '', int $statusCode = Http::STATUS_OK, array $headers = []) {
		parent::__construct($statusCode, $headers);
		$this->data = $data;
		$this->addHeader('Content-Disposition', 'inline; filename=""');
	}

	public function render() {
		return $this->data;
	}

	public function getData() {
		return $this->data;
	}
}
