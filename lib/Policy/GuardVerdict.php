<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * What to do with a room change: let it pass, refuse it, or (background paths, which must never
 * fail) let it pass and record that the room now breaks its plan.
 */
final class GuardVerdict {
	public const ALLOW = 'allow';
	public const VETO = 'veto';
	public const WARN = 'warn';

	private function __construct(
		public readonly string $action,
		public readonly string $property = '',
		/** A RoomChecker finding code (`password`, `lobby`, …), or '' when allowed. */
		public readonly string $code = '',
	) {
	}

	public static function allow(): self {
		return new self(self::ALLOW);
	}

	public static function veto(string $property, string $code): self {
		return new self(self::VETO, $property, $code);
	}

	public static function warn(string $property, string $code): self {
		return new self(self::WARN, $property, $code);
	}

	public function vetoes(): bool {
		return $this->action === self::VETO;
	}

	public function warns(): bool {
		return $this->action === self::WARN;
	}
}
