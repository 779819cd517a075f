<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * One thing a criterion read, as it read it: `spreed.force_passwords` = `0`.
 */
final class Evidence {
	public function __construct(
		/** Where it was read: `<app>.<key>` for app config, `system.<key>`, `apps.<app>`, `rooms.<count>`, `policy.<path>`, `attestation.<item>`. */
		public readonly string $source,
		/** What it means, translated. */
		public readonly string $label,
		/** The value as read, or as the default that applies when nothing is stored. */
		public readonly string $value,
	) {
	}

	/** @return array{source: string, label: string, value: string} */
	public function toArray(): array {
		return ['source' => $this->source, 'label' => $this->label, 'value' => $this->value];
	}
}
