<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Config\Lexicon\ILexicon: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Config\Lexicon;

interface ILexicon {
	public function getStrictness(): Strictness;

	/** @return Entry[] */
	public function getAppConfigs(): array;

	/** @return Entry[] */
	public function getUserConfigs(): array;
}
