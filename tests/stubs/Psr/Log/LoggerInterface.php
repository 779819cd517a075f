<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of Psr\Log\LoggerInterface: signature checked against psr/log 3; not the real implementation.
 */

namespace Psr\Log;

interface LoggerInterface {
	public function emergency(string|\Stringable $message, array $context = []): void;
	public function alert(string|\Stringable $message, array $context = []): void;
	public function critical(string|\Stringable $message, array $context = []): void;
	public function error(string|\Stringable $message, array $context = []): void;
	public function warning(string|\Stringable $message, array $context = []): void;
	public function notice(string|\Stringable $message, array $context = []): void;
	public function info(string|\Stringable $message, array $context = []): void;
	public function debug(string|\Stringable $message, array $context = []): void;
	public function log($level, string|\Stringable $message, array $context = []): void;
}
