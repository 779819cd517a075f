<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\HintException: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

class HintException extends \Exception {
	private string $hint;

	public function __construct($message, $hint = '', $code = 0, ?\Exception $previous = null) {
		$this->hint = $hint;
		parent::__construct($message, $code, $previous);
	}

	public function getHint(): string {
		return $this->hint === '' ? $this->message : $this->hint;
	}
}
