<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\AppFramework\Http\RedirectResponse: signature checked against nextcloud/ocp stable32.
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

class RedirectResponse extends Response {
	private $redirectURL;

	public function __construct(string $redirectURL, int $status = Http::STATUS_SEE_OTHER, array $headers = []) {
		parent::__construct($status, $headers);
		$this->redirectURL = $redirectURL;
		$this->addHeader('Location', $redirectURL);
	}

	/**
	 * @return string the url to redirect
	 */
	public function getRedirectURL() {
		return $this->redirectURL;
	}
}
