<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\BeforeFederatedUserJoinedRoomEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

class BeforeFederatedUserJoinedRoomEvent extends FederatedUserJoinedRoomEvent {
	protected bool $cancelJoin = false;

	public function isJoinCanceled(): bool {
		return $this->cancelJoin;
	}

	public function cancelJoin(): void {
		$this->cancelJoin = true;
	}
}
