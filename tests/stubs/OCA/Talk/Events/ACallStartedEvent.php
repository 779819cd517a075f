<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\ACallStartedEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

use OCA\Talk\Participant;
use OCA\Talk\Room;

abstract class ACallStartedEvent extends ARoomModifiedEvent {
	/**
	 * @param array<string, bool|list<string>> $details
	 */
	public function __construct(
		Room $room,
		?\DateTime $newValue,
		protected int $callFlag,
		protected array $details,
		?Participant $actor,
	) {
		parent::__construct(
			$room,
			self::PROPERTY_ACTIVE_SINCE,
			$newValue,
			null,
			$actor,
		);
	}

	public function getCallFlag(): int {
		return $this->callFlag;
	}
}
