<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * One criterion of compliance.md, evaluated live from the server's configuration.
 */
interface Criterion {
	/** Its number in compliance.md (1–18). */
	public function id(): int;

	/** Its name, translated. */
	public function title(): string;

	/** Who checks it: `B` (BlnBDI), `D` (DSK) or `B+D`. */
	public function sources(): string;

	/**
	 * @throws UnreadableException when the configuration cannot be read; the report shows "cannot be read"
	 */
	public function evaluate(): CriterionResult;
}
