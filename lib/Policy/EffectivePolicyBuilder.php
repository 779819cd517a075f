<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * The organisation policy tightened, per setting, by the rules of every group the user is in:
 * the twin of src/policy/effectivePolicy.ts. Expects a policy that passed PolicyValidator.
 */
class EffectivePolicyBuilder {
	/**
	 * @param array $policy a valid organisation policy
	 * @param list<string> $userGroups
	 * @return array{settings: array<string, array<string, mixed>>, privacyNotice: array<string, string>, appliedGroups: list<string>}
	 */
	public function build(array $policy, array $userGroups): array {
		$settings = $policy['settings'];
		$appliedGroups = [];
		foreach ($policy['groupRules'] as $rule) {
			if (!in_array($rule['group'], $userGroups, true)) {
				continue;
			}
			$changed = false;
			foreach (Settings::keys() as $key) {
				if (!array_key_exists($key, $rule['settings'])) {
					continue;
				}
				$before = Json::encode($settings[$key]);
				$settings[$key] = $this->tighten($key, $settings[$key], $rule['settings'][$key]);
				$changed = $changed || Json::encode($settings[$key]) !== $before;
			}
			if ($changed) {
				$appliedGroups[] = $rule['group'];
			}
		}
		return ['settings' => $settings, 'privacyNotice' => $policy['privacyNotice'], 'appliedGroups' => $appliedGroups];
	}

	private function tighten(string $key, array $current, array $next): array {
		$stricter = static fn (mixed $a, mixed $b): mixed => Settings::strictnessRank($key, $a) <= Settings::strictnessRank($key, $b) ? $a : $b;
		if (Settings::isChoice($key)) {
			$allowed = array_values(array_filter($current['allowed'], static fn (mixed $value): bool => Json::includes($next['allowed'], $value)));
			if ($allowed === []) {
				// Disjoint rules: only the strictest value either side offers satisfies both.
				$both = [...$current['allowed'], ...$next['allowed']];
				$allowed = [array_reduce(array_slice($both, 1), $stricter, $both[0])];
			}
			$allowed = self::sortByStrictness($key, $allowed);
			$wanted = $stricter($current['default'], $next['default']);
			// The stricter default, or the strictest value still allowed when the stricter default is not.
			$current['default'] = Json::includes($allowed, $wanted) ? $wanted : $allowed[0];
			$current['allowed'] = $allowed;
			$current['locked'] = $current['locked'] || $next['locked'];
			return $current;
		}
		$min = max($current['min'], $next['min']);
		$max = min($current['max'], $next['max']);
		if ($min > $max) {
			$strictEnd = Settings::SETTINGS[$key]['stricter'] === 'lower' ? $max : $min;
			$min = $strictEnd;
			$max = $strictEnd;
		}
		$current['min'] = $min;
		$current['max'] = $max;
		$current['default'] = min($max, max($min, $stricter($current['default'], $next['default'])));
		$current['locked'] = $current['locked'] || $next['locked'];
		return $current;
	}

	/**
	 * @template V
	 * @param list<V> $values
	 * @return list<V>
	 */
	public static function sortByStrictness(string $key, array $values): array {
		usort($values, static fn (mixed $a, mixed $b): int => Settings::strictnessRank($key, $a) <=> Settings::strictnessRank($key, $b));
		return $values;
	}
}
