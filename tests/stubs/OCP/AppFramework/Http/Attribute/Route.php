<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http\Attribute\Route: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
class Route {
	public const TYPE_API = 'ocs';
	public const TYPE_FRONTPAGE = 'routes';

	public function __construct(
		protected string $type,
		protected string $verb,
		protected string $url,
		protected ?array $requirements = null,
		protected ?array $defaults = null,
		protected ?string $root = null,
		protected ?string $postfix = null,
	) {
	}

	public function toArray() {
		return ['verb' => $this->verb, 'url' => $this->url];
	}

	public function getType(): string {
		return $this->type;
	}
}
