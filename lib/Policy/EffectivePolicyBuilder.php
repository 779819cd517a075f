<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * The organisation policy tightened by the rules of every group the user is in: the twin of
 * src/policy/effectivePolicy.ts. Each part of a rule combines on its own (strictest threshold, strictest
 * default, locked if any rule locks), so the order of the rules does not matter and another group can
 * never make the result weaker. Expects a policy that passed PolicyValidator.
 */
class EffectivePolicyBuilder {
	/**
	 * @param array $policy a valid organisation policy
	 * @param list<string> $userGroups
	 * @return array{settings: array<string, array<string, mixed>>, privacyNotice: array<string, string>, appliedGroups: list<string>}
	 */
	public function build(array $policy, array $userGroups): array {
		$settings = $policy['settings'];
		$applying = array_values(array_filter($policy['groupRules'], static fn (array $rule): bool => in_array($rule['group'], $userGroups, true)));
		$appliedGroups = [];
		foreach ($applying as $rule) {
			$tightens = false;
			foreach (Settings::keys() as $key) {
				if (!array_key_exists($key, $rule['settings'])) {
					continue;
				}
				$settings[$key] = self::combine($key, $settings[$key], $rule['settings'][$key]);
				$tightens = $tightens || !self::sameRule(self::combine($key, $policy['settings'][$key], $rule['settings'][$key]), $policy['settings'][$key]);
			}
			if ($tightens) {
				$appliedGroups[] = $rule['group'];
			}
		}
		usort($appliedGroups, self::compareCodeUnits(...));
		return ['settings' => $settings, 'privacyNotice' => $policy['privacyNotice'], 'appliedGroups' => $appliedGroups];
	}

	/** Two rules for one setting as one: each part at its strictest. */
	public static function combine(string $key, array $a, array $b): array {
		return [
			'default' => Settings::stricter($key, $a['default'], $b['default']),
			'threshold' => Settings::stricter($key, $a['threshold'], $b['threshold']),
			'locked' => $a['locked'] || $b['locked'],
		];
	}

	private static function sameRule(array $a, array $b): bool {
		return Json::same($a['default'], $b['default']) && Json::same($a['threshold'], $b['threshold']) && $a['locked'] === $b['locked'];
	}

	/** JavaScript's default sort order (UTF-16 code units), so group ids come out as in the TypeScript twin. */
	private static function compareCodeUnits(string $a, string $b): int {
		return strcmp(mb_convert_encoding($a, 'UTF-16BE', 'UTF-8'), mb_convert_encoding($b, 'UTF-16BE', 'UTF-8')) <=> 0;
	}
}
