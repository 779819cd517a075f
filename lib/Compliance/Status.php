<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * Where the server stands on one criterion. Never "compliant": a data-protection officer confirms
 * each criterion against the authorities' originals (compliance.md).
 */
final class Status {
	public const HOLDS = 'holds';
	public const FAILS = 'fails';
	/** The configuration could not be read (Talk missing, a value of an unexpected type, a failing query). */
	public const UNREADABLE = 'unreadable';
}
