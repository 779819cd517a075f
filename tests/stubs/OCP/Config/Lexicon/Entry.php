<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Config\Lexicon\Entry: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Config\Lexicon;

use Closure;
use OCP\Config\ValueType;

class Entry {
	public function __construct(
		private readonly string $key,
		private readonly ValueType $type,
		private null|string|int|float|bool|array|Closure $defaultRaw = null,
		private readonly string $definition = '',
		private readonly bool $lazy = false,
		private readonly int $flags = 0,
		private readonly bool $deprecated = false,
		private readonly ?string $rename = null,
		private readonly int $options = 0,
		private readonly string $note = '',
	) {
		if (preg_match('/[^[:alnum:]_]/', $key)) {
			throw new \Exception('invalid config key');
		}
	}

	public function getKey(): string {
		return $this->key;
	}

	public function getValueType(): ValueType {
		return $this->type;
	}

	public function getDefault(Preset $preset): ?string {
		$default = $this->defaultRaw instanceof Closure ? ($this->defaultRaw)($preset) : $this->defaultRaw;
		return $default === null ? null : (string)$default;
	}

	public function getDefinition(): string {
		return $this->definition;
	}

	public function getFlags(): int {
		return $this->flags;
	}

	public function isFlagged(int $flag): bool {
		return (($flag & $this->getFlags()) === $flag);
	}

	public function isLazy(): bool {
		return $this->lazy;
	}
}
