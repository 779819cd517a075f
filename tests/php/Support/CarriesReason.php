<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

/**
 * The shape every Talk RoomProperty exception shares (a reason string and getReason()), written
 * once for the stubs that mirror them.
 */
trait CarriesReason {
	public function __construct(
		protected string $reason,
	) {
		parent::__construct($reason);
	}

	public function getReason(): string {
		return $this->reason;
	}
}
