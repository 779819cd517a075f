<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * OCP's IRootFolder extends core's deprecated OC\Hooks\Emitter, which the reference tree (public API
 * only) does not hold: its two method signatures, so the real IRootFolder loads in the reference runs.
 */

namespace OC\Hooks;

interface Emitter {
	public function listen($scope, $method, callable $callback);

	public function removeListener($scope = null, $method = null, ?callable $callback = null);
}
