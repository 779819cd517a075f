<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Reads a stored policy written before thresholds existed: the twin of src/policy/migratePolicy.ts
 * (both run tests/fixtures/policy/migrations.json). Rules with an `allowed` list or `min`/`max` become
 * `{default, threshold, locked}`; the result still goes through PolicyValidator.
 *
 * A list becomes the threshold of its weakest value only when it held every stricter value too. A list
 * with a gap ([1 hour, never]) is read strictly: up to the end of the unbroken run that starts at its
 * strictest value, so no member gains a value weaker than one the list left out, whatever groups they
 * are in. A range keeps its bound on the weak side.
 */
class PolicyMigration {
	/**
	 * @return array{policy: mixed, changes: list<array{group: string, setting: string, before: array, after: array, narrowed: bool}>}
	 */
	public function migrate(mixed $stored): array {
		if (!Json::isRecord($stored) || !Json::isRecord($stored['settings'] ?? null)) {
			return ['policy' => $stored, 'changes' => []];
		}
		$policy = $stored;
		$changes = [];
		$builtIn = DefaultPolicy::get()['settings'];
		foreach (Settings::keys() as $key) {
			if (!array_key_exists($key, $policy['settings'])) {
				// Settings added since the policy was stored start with the built-in rule (the lexicon's default).
				$policy['settings'][$key] = $builtIn[$key];
				continue;
			}
			$migrated = $this->migrateRule($key, $policy['settings'][$key]);
			if ($migrated !== null) {
				$changes[] = ['group' => '', 'setting' => $key, 'before' => $policy['settings'][$key], 'after' => $migrated['rule'], 'narrowed' => $migrated['narrowed']];
				$policy['settings'][$key] = $migrated['rule'];
			}
		}
		if (Json::isList($policy['groupRules'] ?? null)) {
			foreach ($policy['groupRules'] as $index => $rule) {
				if (Json::isRecord($rule) && Json::isRecord($rule['settings'] ?? null) && is_string($rule['group'] ?? null)) {
					$policy['groupRules'][$index]['settings'] = $this->migrateGroupRule($rule['group'], $rule['settings'], $policy['settings'], $changes);
				}
			}
		}
		return ['policy' => $policy, 'changes' => $changes];
	}

	/**
	 * @param list<array> $changes
	 */
	private function migrateGroupRule(string $group, array $settings, array $org, array &$changes): array {
		foreach (Settings::keys() as $key) {
			$migrated = array_key_exists($key, $settings) ? $this->migrateRule($key, $settings[$key]) : null;
			if ($migrated === null) {
				continue;
			}
			$rule = $migrated['rule'];
			$orgRule = $org[$key];
			// An old group list could end on a value the organisation's strict reading no longer permits:
			// the group follows its organisation rule, which members get anyway.
			if (Json::isRecord($orgRule) && self::isKnown($key, $orgRule['threshold'] ?? null) && !Settings::atLeastAsStrict($key, $rule['threshold'], $orgRule['threshold'])) {
				$rule['threshold'] = $orgRule['threshold'];
				$rule['default'] = Settings::stricter($key, $rule['default'], $rule['threshold']);
			}
			$changes[] = ['group' => $group, 'setting' => $key, 'before' => $settings[$key], 'after' => $rule, 'narrowed' => $migrated['narrowed']];
			$settings[$key] = $rule;
		}
		return $settings;
	}

	/**
	 * The threshold reading of an old rule, or null when the rule is not in the old shape (already
	 * migrated, or damaged: then PolicyValidator has the last word).
	 * @return array{rule: array, narrowed: bool}|null
	 */
	private function migrateRule(string $key, mixed $rule): ?array {
		if (!Json::isRecord($rule) || array_key_exists('threshold', $rule) || !self::isKnown($key, $rule['default'] ?? null)) {
			return null;
		}
		$setting = Settings::SETTINGS[$key];
		if ($setting['kind'] === Settings::KIND_CHOICE) {
			$values = $setting['values'];
			$listed = $rule['allowed'] ?? null;
			if (!Json::isList($listed) || $listed === [] || array_filter($listed, static fn (mixed $value): bool => !Json::includes($values, $value)) !== []) {
				return null;
			}
			$allowed = array_values(array_filter($values, static fn (mixed $value): bool => Json::includes($listed, $value)));
			// The unbroken run of the list from its strictest value on.
			$end = Json::indexOf($values, $allowed[0]);
			while ($end + 1 < count($values) && Json::includes($allowed, $values[$end + 1])) {
				$end++;
			}
			$dropsValues = array_filter($allowed, static fn (mixed $value): bool => Json::indexOf($values, $value) > $end) !== [];
			return self::reading($key, $rule, $values[$end], $dropsValues);
		}
		$weakSide = $setting['stricter'] === 'lower' ? ($rule['max'] ?? null) : ($rule['min'] ?? null);
		return self::isKnown($key, $weakSide) ? self::reading($key, $rule, $weakSide, false) : null;
	}

	/**
	 * The new rule for an old one read up to `threshold`; its default moves up to the threshold if it was weaker.
	 * @return array{rule: array, narrowed: bool}
	 */
	private static function reading(string $key, array $old, mixed $threshold, bool $dropsValues): array {
		$value = Settings::stricter($key, $old['default'], $threshold);
		$rule = ['default' => $value, 'threshold' => $threshold];
		if (array_key_exists('locked', $old)) {
			$rule['locked'] = $old['locked'];
		}
		return [
			'rule' => $rule,
			'narrowed' => $dropsValues || (($old['locked'] ?? null) === true && !Json::same($value, $old['default'])),
		];
	}

	private static function isKnown(string $key, mixed $value): bool {
		return Settings::isChoice($key) ? Json::includes(Settings::SETTINGS[$key]['values'], $value) : Json::isInteger($value);
	}
}
