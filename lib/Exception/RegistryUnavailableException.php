<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * The registry could not say whether a room is a safe meeting, or which plan it has (database error,
 * unreadable plan). The guards never let this escape into Talk: they log it and let Talk go on, except
 * for a participant's change of a room known to be a safe meeting, which they refuse (fail closed).
 */
class RegistryUnavailableException extends \RuntimeException {
	public function __construct(
		public readonly string $token,
		/** True when the room is registered for sure and only its plan could not be read. */
		public readonly bool $knownRegistered,
		?\Throwable $previous = null,
	) {
		parent::__construct('The safe meeting registry cannot answer for ' . $token, 0, $previous);
	}

	/**
	 * Whether a guard that failed with $e may keep people out: yes when the room is known to be a safe
	 * meeting (its plan or lock could not be read), no when the registry could not even say whether it is
	 * one, so that a failing registry never shuts every Talk room.
	 */
	public static function mayRefuseOn(\Throwable $e): bool {
		return !$e instanceof self || $e->knownRegistered;
	}
}
