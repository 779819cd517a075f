<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Service\PolicyService;

/**
 * What the organisation policy permits, read so that it works with the policy as it is stored now (a rule
 * has `default` and `allowed` values or a `min`..`max` range) and with a rule that names its weakest
 * permitted value as `threshold`: the Art. 30 record states the weakest value any safe meeting may have.
 */
class PolicyFacts {
	public function __construct(
		private PolicyService $policyService,
	) {
	}

	/** Whether any safe meeting may have this value of a choice setting. */
	public function permits(string $setting, string $value): bool {
		$rule = $this->rule($setting);
		return ($rule['default'] ?? null) === $value
			|| in_array($value, is_array($rule['allowed'] ?? null) ? $rule['allowed'] : [], true)
			|| ($rule['threshold'] ?? null) === $value;
	}

	/**
	 * The longest period a safe meeting may keep something (seconds or days, as the setting counts), 0 when
	 * some meeting may keep it forever, null when the policy has no such setting.
	 */
	public function longest(string $setting): ?int {
		$rule = $this->rule($setting);
		if ($rule === []) {
			return null;
		}
		$values = [...(is_array($rule['allowed'] ?? null) ? $rule['allowed'] : []), $rule['max'] ?? null, $rule['threshold'] ?? null, $rule['default'] ?? null];
		$values = array_map('intval', array_filter($values, 'is_numeric'));
		return in_array(0, $values, true) || $values === [] ? 0 : max($values);
	}

	/** @return array{text: string, url: string, version: string} */
	public function notice(): array {
		$notice = $this->policyService->getOrganisationPolicy()['privacyNotice'] ?? [];
		return ['text' => (string)($notice['text'] ?? ''), 'url' => (string)($notice['url'] ?? ''), 'version' => (string)($notice['version'] ?? '')];
	}

	/** @return array<string, mixed> */
	private function rule(string $setting): array {
		$rule = $this->policyService->getOrganisationPolicy()['settings'][$setting] ?? [];
		return is_array($rule) ? $rule : [];
	}
}
