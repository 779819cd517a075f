<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * A request to Talk that Safe Meeting refuses for a safe meeting, answered by TalkRequestGuardMiddleware
 * as Talk answers its own errors: an OCS error with `{error, message}`. Thrown by the middleware itself
 * and by the guard listeners inside Talk's controllers; deliberately a plain \Exception, so neither Talk's
 * controllers nor its middlewares answer it.
 */
class TalkRequestRefusedException extends \Exception {
	/** The plan blocks recording. */
	public const RECORDING_BLOCKED = 'recording-blocked';
	/** The plan allows recording with consent only, and Talk does not ask for it in this room. */
	public const CONSENT_NOT_ASKED = 'consent-not-asked';
	/** A breakout room of a safe meeting: never recorded. */
	public const BREAKOUT_RECORDING = 'breakout-recording';
	/** The plan allows no guests (e-mail, phone or federated participants). */
	public const NO_GUESTS = 'no-guests';
	/** The meeting is locked and nobody admitted this e-mail guest. */
	public const LOCKED = 'locked';
	/** The plan allows no bots (other than Safe Meeting's own). */
	public const NO_BOTS = 'no-bots';
	/** The plan allows no bots, so no bridge relaying the chat to other services either. */
	public const NO_BRIDGE = 'no-bridge';
	/** The registry or the guard failed for a room known to be a safe meeting: refused, to be tried again. */
	public const UNAVAILABLE = 'unavailable';

	public function __construct(
		public readonly string $token,
		/** Talk's own `error` value for the endpoint, so clients handle the refusal as Talk's. */
		public readonly string $error,
		/** One of the constants: which sentence the answer carries. */
		public readonly string $reason,
		/** 403 for what the plan forbids; 400 for "try again" (as Talk's own refusals of a value). */
		public readonly int $status = 403,
	) {
		parent::__construct('Safe meeting ' . $token . ' refuses the request: ' . $reason);
	}

	public static function unavailable(string $token, string $error): self {
		return new self($token, $error, self::UNAVAILABLE, 400);
	}
}
