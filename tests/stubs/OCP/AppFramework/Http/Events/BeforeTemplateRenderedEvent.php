<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http\Events\BeforeTemplateRenderedEvent: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Http\Events;

use OCP\AppFramework\Http\TemplateResponse;
use OCP\EventDispatcher\Event;

class BeforeTemplateRenderedEvent extends Event {
	/** @var bool */
	private $loggedIn;
	/** @var TemplateResponse */
	private $response;

	public function __construct(bool $loggedIn, TemplateResponse $response) {
		parent::__construct();
		$this->loggedIn = $loggedIn;
		$this->response = $response;
	}

	public function isLoggedIn(): bool {
		return $this->loggedIn;
	}

	public function getResponse(): TemplateResponse {
		return $this->response;
	}
}
