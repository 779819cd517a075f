<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http\Attribute\OpenAPI: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

#[Attribute(Attribute::TARGET_METHOD | Attribute::TARGET_CLASS | Attribute::IS_REPEATABLE)]
class OpenAPI {
	public const SCOPE_DEFAULT = 'default';
	public const SCOPE_ADMINISTRATION = 'administration';
	public const SCOPE_FEDERATION = 'federation';
	public const SCOPE_IGNORE = 'ignore';
	public const SCOPE_EX_APP = 'ex_app';

	public function __construct(
		protected string $scope = self::SCOPE_DEFAULT,
		protected ?array $tags = null,
	) {
	}

	public function getScope(): string {
		return $this->scope;
	}

	public function getTags(): ?array {
		return $this->tags;
	}
}
