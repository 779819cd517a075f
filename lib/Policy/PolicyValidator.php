<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Validates an organisation policy as an admin submits it: the twin of src/policy/validatePolicy.ts.
 * Every key and type is checked and unknown keys are rejected, not ignored.
 */
class PolicyValidator {
	public const NOTICE_TEXT_MAX = 1500;
	public const NOTICE_URL_MAX = 400;
	public const NOTICE_VERSION_MAX = 32;
	public const GROUP_RULES_MAX = 100;

	private const NOTICE_LIMITS = ['text' => self::NOTICE_TEXT_MAX, 'url' => self::NOTICE_URL_MAX, 'version' => self::NOTICE_VERSION_MAX];

	/**
	 * @return list<Violation> empty when the policy is valid
	 */
	public function validate(mixed $input): array {
		if (!Json::isRecord($input)) {
			return [new Violation('', 'wrong-type')];
		}
		$violations = [];
		$this->rejectUnknownKeys($input, ['settings', 'privacyNotice', 'groupRules'], '', $violations);

		$settings = $input['settings'] ?? null;
		if (!Json::isRecord($settings)) {
			$violations[] = new Violation('settings', array_key_exists('settings', $input) ? 'wrong-type' : 'required');
		} else {
			$this->rejectUnknownKeys($settings, Settings::keys(), 'settings', $violations);
			foreach (Settings::keys() as $key) {
				if (!array_key_exists($key, $settings)) {
					$violations[] = new Violation("settings.$key", 'required');
				} else {
					$this->checkRule($key, $settings[$key], "settings.$key", $violations);
				}
			}
		}

		if (array_key_exists('privacyNotice', $input)) {
			$this->checkNotice($input['privacyNotice'], $violations);
		} else {
			$violations[] = new Violation('privacyNotice', 'required');
		}

		$groupRules = $input['groupRules'] ?? null;
		if (!Json::isList($groupRules)) {
			$violations[] = new Violation('groupRules', array_key_exists('groupRules', $input) ? 'wrong-type' : 'required');
		} elseif (count($groupRules) > self::GROUP_RULES_MAX) {
			$violations[] = new Violation('groupRules', 'too-long', ['max' => self::GROUP_RULES_MAX]);
		} else {
			$seen = [];
			foreach ($groupRules as $index => $rule) {
				$this->checkGroupRule($rule, "groupRules.$index", Json::isRecord($settings) ? $settings : null, $seen, $violations);
			}
		}
		return $violations;
	}

	/**
	 * @param list<string> $known
	 * @param list<Violation> $violations
	 */
	private function rejectUnknownKeys(array $value, array $known, string $path, array &$violations): void {
		foreach (array_keys($value) as $key) {
			if (!in_array((string)$key, $known, true)) {
				$violations[] = new Violation($path === '' ? (string)$key : "$path.$key", 'unknown-key');
			}
		}
	}

	/**
	 * Checks one rule's shape and internal consistency; returns whether it is well-formed.
	 * @param list<Violation> $violations
	 */
	private function checkRule(string $key, mixed $rule, string $path, array &$violations): bool {
		$setting = Settings::SETTINGS[$key];
		if (!Json::isRecord($rule)) {
			$violations[] = new Violation($path, 'wrong-type');
			return false;
		}
		$before = count($violations);
		if (!is_bool($rule['locked'] ?? null)) {
			$violations[] = new Violation("$path.locked", array_key_exists('locked', $rule) ? 'wrong-type' : 'required');
		}
		if ($setting['kind'] === Settings::KIND_CHOICE) {
			$this->rejectUnknownKeys($rule, ['default', 'allowed', 'locked'], $path, $violations);
			$values = $setting['values'];
			$allowed = $rule['allowed'] ?? null;
			if (!Json::isList($allowed)) {
				$violations[] = new Violation("$path.allowed", array_key_exists('allowed', $rule) ? 'wrong-type' : 'required');
			} elseif ($allowed === []) {
				$violations[] = new Violation("$path.allowed", 'required');
			} elseif ($this->someNotIn($allowed, $values) || $this->hasDuplicates($allowed)) {
				$violations[] = new Violation("$path.allowed", 'invalid');
			}
			$default = $rule['default'] ?? null;
			if (!array_key_exists('default', $rule) || !Json::includes($values, $default)) {
				$violations[] = new Violation("$path.default", array_key_exists('default', $rule) ? 'invalid' : 'required');
			} elseif (Json::isList($allowed) && !Json::includes($allowed, $default)) {
				$violations[] = new Violation("$path.default", 'not-allowed');
			}
			return count($violations) === $before;
		}
		$this->rejectUnknownKeys($rule, ['default', 'min', 'max', 'locked'], $path, $violations);
		foreach (['default', 'min', 'max'] as $field) {
			$value = $rule[$field] ?? null;
			if (!Json::isInteger($value)) {
				$violations[] = new Violation("$path.$field", array_key_exists($field, $rule) ? 'wrong-type' : 'required');
			} elseif ($value < $setting['min'] || $value > $setting['max']) {
				$violations[] = new Violation("$path.$field", 'out-of-range', ['min' => $setting['min'], 'max' => $setting['max']]);
			}
		}
		if (count($violations) === $before) {
			[$value, $min, $max] = [$rule['default'], $rule['min'], $rule['max']];
			if ($min > $max) {
				$violations[] = new Violation("$path.min", 'out-of-range', ['min' => $setting['min'], 'max' => (int)$max]);
			} elseif ($value < $min || $value > $max) {
				$violations[] = new Violation("$path.default", 'out-of-range', ['min' => (int)$min, 'max' => (int)$max]);
			}
		}
		return count($violations) === $before;
	}

	private function someNotIn(array $list, array $values): bool {
		foreach ($list as $value) {
			if (!Json::includes($values, $value)) {
				return true;
			}
		}
		return false;
	}

	private function hasDuplicates(array $list): bool {
		$seen = [];
		foreach ($list as $value) {
			if (Json::includes($seen, $value)) {
				return true;
			}
			$seen[] = $value;
		}
		return false;
	}

	/**
	 * @param list<Violation> $violations
	 */
	private function checkNotice(mixed $notice, array &$violations): void {
		if (!Json::isRecord($notice)) {
			$violations[] = new Violation('privacyNotice', 'wrong-type');
			return;
		}
		$this->rejectUnknownKeys($notice, ['text', 'url', 'version'], 'privacyNotice', $violations);
		foreach (self::NOTICE_LIMITS as $field => $limit) {
			$value = $notice[$field] ?? null;
			if (!is_string($value)) {
				$violations[] = new Violation("privacyNotice.$field", array_key_exists($field, $notice) ? 'wrong-type' : 'required');
			} elseif (Json::length($value) > $limit) {
				$violations[] = new Violation("privacyNotice.$field", 'too-long', ['max' => $limit]);
			} elseif ($field !== 'url' && Json::trim($value) === '') {
				$violations[] = new Violation("privacyNotice.$field", 'required');
			} elseif ($field === 'url' && $value !== '' && preg_match('/^https:\/\/[^' . Json::WHITESPACE . ']+\z/u', $value) !== 1) {
				$violations[] = new Violation('privacyNotice.url', 'invalid');
			}
		}
	}

	/**
	 * @param array<string, true> $seen group ids already used
	 * @param list<Violation> $violations
	 */
	private function checkGroupRule(mixed $rule, string $path, ?array $orgSettings, array &$seen, array &$violations): void {
		if (!Json::isRecord($rule)) {
			$violations[] = new Violation($path, 'wrong-type');
			return;
		}
		$this->rejectUnknownKeys($rule, ['group', 'settings'], $path, $violations);
		$group = $rule['group'] ?? null;
		if (!is_string($group)) {
			$violations[] = new Violation("$path.group", array_key_exists('group', $rule) ? 'wrong-type' : 'required');
		} elseif (Json::trim($group) === '') {
			$violations[] = new Violation("$path.group", 'required');
		} elseif (isset($seen[$group])) {
			$violations[] = new Violation("$path.group", 'invalid');
		} else {
			$seen[$group] = true;
		}
		$settings = $rule['settings'] ?? null;
		if (!Json::isRecord($settings)) {
			$violations[] = new Violation("$path.settings", array_key_exists('settings', $rule) ? 'wrong-type' : 'required');
			return;
		}
		$this->rejectUnknownKeys($settings, Settings::keys(), "$path.settings", $violations);
		foreach (Settings::keys() as $key) {
			if (!array_key_exists($key, $settings)) {
				continue;
			}
			$field = "$path.settings.$key";
			$orgRule = $orgSettings !== null && array_key_exists($key, $orgSettings) ? $orgSettings[$key] : null;
			$scratch = [];
			$orgValid = $orgSettings !== null && array_key_exists($key, $orgSettings) && $this->checkRule($key, $orgRule, '', $scratch);
			if ($this->checkRule($key, $settings[$key], $field, $violations) && $orgValid && $this->loosens($key, $settings[$key], $orgRule)) {
				$violations[] = new Violation($field, 'loosens');
			}
		}
	}

	/** A group rule loosens when it allows more, unlocks what the organisation locked, or defaults to something weaker. */
	private function loosens(string $key, array $group, array $org): bool {
		if ($org['locked'] === true && $group['locked'] !== true) {
			return true;
		}
		$weaker = Settings::strictnessRank($key, $group['default']) > Settings::strictnessRank($key, $org['default']);
		if (Settings::isChoice($key)) {
			return $weaker || $this->someNotIn($group['allowed'], $org['allowed']);
		}
		return $weaker || $group['min'] < $org['min'] || $group['max'] > $org['max'];
	}
}
