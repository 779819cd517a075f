<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Policy\Settings;
use OCA\SafeMeeting\Service\PolicyService;

/**
 * What the organisation policy permits any safe meeting (group rules can only tighten it): the values up to
 * each rule's threshold, or only its default when locked (Settings::permitted). The Art. 30 record and the
 * DPIA screening state the weakest value any safe meeting may have.
 */
class PolicyFacts {
	public function __construct(
		private PolicyService $policyService,
	) {
	}

	/** Whether any safe meeting may have this value of a setting. */
	public function permits(string $setting, string|int $value): bool {
		$permitted = $this->permitted($setting);
		if ($permitted === null) {
			return false;
		}
		return $permitted['kind'] === Settings::KIND_CHOICE
			? in_array($value, $permitted['values'], true)
			: is_int($value) && $value >= $permitted['min'] && $value <= $permitted['max'];
	}

	/**
	 * The longest period a safe meeting may keep something (seconds or days, as the setting counts), 0 when
	 * some meeting may keep it forever, null when the policy has no such setting.
	 */
	public function longest(string $setting): ?int {
		$permitted = $this->permitted($setting);
		if ($permitted === null) {
			return null;
		}
		if ($permitted['kind'] === Settings::KIND_RANGE) {
			return $permitted['max'];
		}
		$values = array_map('intval', array_filter($permitted['values'], 'is_numeric'));
		return in_array(0, $values, true) || $values === [] ? 0 : max($values);
	}

	/** @return array{text: string, url: string, version: string} */
	public function notice(): array {
		$notice = $this->policyService->getOrganisationPolicy()['privacyNotice'] ?? [];
		return ['text' => (string)($notice['text'] ?? ''), 'url' => (string)($notice['url'] ?? ''), 'version' => (string)($notice['version'] ?? '')];
	}

	/** @return array{kind: 'choice', values: list<string|int>}|array{kind: 'range', min: int, max: int}|null null for a setting the catalogue or the policy lacks */
	private function permitted(string $setting): ?array {
		$rule = $this->policyService->getOrganisationPolicy()['settings'][$setting] ?? null;
		if (!isset(Settings::SETTINGS[$setting]) || !is_array($rule) || !array_key_exists('threshold', $rule) || !array_key_exists('default', $rule)) {
			return null;
		}
		return Settings::permitted($setting, ['locked' => (bool)($rule['locked'] ?? false)] + $rule);
	}
}
