<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http\TemplateResponse: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

class TemplateResponse extends Response {
	public const RENDER_AS_GUEST = 'guest';
	public const RENDER_AS_BLANK = '';
	public const RENDER_AS_BASE = 'base';
	public const RENDER_AS_USER = 'user';
	public const RENDER_AS_ERROR = 'error';
	public const RENDER_AS_PUBLIC = 'public';

	public function __construct(
		protected string $appName,
		protected string $templateName,
		protected array $params = [],
		protected string $renderAs = self::RENDER_AS_USER,
		int $status = Http::STATUS_OK,
		array $headers = [],
	) {
		$this->setStatus($status);
	}

	public function getParams() {
		return $this->params;
	}

	public function getApp(): string {
		return $this->appName;
	}

	public function getTemplateName() {
		return $this->templateName;
	}

	public function getRenderAs() {
		return $this->renderAs;
	}
}
