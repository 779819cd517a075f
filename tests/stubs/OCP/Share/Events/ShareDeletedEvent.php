<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Share\Events\ShareDeletedEvent: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Share\Events;

use OCP\EventDispatcher\Event;
use OCP\Share\IShare;

class ShareDeletedEvent extends Event {
	/** @var IShare */
	private $share;

	public function __construct(IShare $share) {
		parent::__construct();
		$this->share = $share;
	}

	public function getShare(): IShare {
		return $this->share;
	}
}
