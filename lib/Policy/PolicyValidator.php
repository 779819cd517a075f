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
	 * Checks one rule's shape and that its default is no weaker than its threshold; returns whether it is well-formed.
	 * @param list<Violation> $violations
	 */
	private function checkRule(string $key, mixed $rule, string $path, array &$violations): bool {
		$setting = Settings::SETTINGS[$key];
		if (!Json::isRecord($rule)) {
			$violations[] = new Violation($path, 'wrong-type');
			return false;
		}
		$before = count($violations);
		$this->rejectUnknownKeys($rule, ['default', 'threshold', 'locked'], $path, $violations);
		if (!is_bool($rule['locked'] ?? null)) {
			$violations[] = new Violation("$path.locked", array_key_exists('locked', $rule) ? 'wrong-type' : 'required');
		}
		foreach (['threshold', 'default'] as $part) {
			if (!array_key_exists($part, $rule)) {
				$violations[] = new Violation("$path.$part", 'required');
			} elseif ($setting['kind'] === Settings::KIND_CHOICE) {
				if (!Json::includes($setting['values'], $rule[$part])) {
					$violations[] = new Violation("$path.$part", 'invalid');
				}
			} elseif (($problem = Settings::checkWholeNumber($rule[$part], $setting['min'], $setting['max'])) !== null) {
				$violations[] = new Violation("$path.$part", $problem['code'], $problem['params']);
			}
		}
		if (count($violations) === $before && !Settings::atLeastAsStrict($key, $rule['default'], $rule['threshold'])) {
			$violations[] = $this->weakerThan($key, "$path.default", 'not-allowed', $rule['threshold']);
		}
		return count($violations) === $before;
	}

	/**
	 * A value weaker than `limit`, with what may be entered instead: the span up to the limit for ranges,
	 * the limit itself for choices ("… or stricter").
	 */
	private function weakerThan(string $key, string $field, string $code, mixed $limit): Violation {
		$span = Settings::upTo($key, $limit);
		if ($span['kind'] === Settings::KIND_RANGE) {
			return new Violation($field, $code === 'not-allowed' ? 'out-of-range' : $code, ['min' => $span['min'], 'max' => $span['max']]);
		}
		return new Violation($field, $code, ['limit' => $limit]);
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
			if ($this->checkRule($key, $settings[$key], $field, $violations) && $orgValid) {
				$this->reportLoosening($key, $settings[$key], $orgRule, $field, $violations);
			}
		}
	}

	/**
	 * A group rule loosens when its threshold or default is weaker than the organisation's, or it unlocks
	 * what the organisation locks. Each part is reported where the admin edits it.
	 * @param list<Violation> $violations
	 */
	private function reportLoosening(string $key, array $group, array $org, string $path, array &$violations): void {
		foreach (['threshold', 'default'] as $part) {
			if (!Settings::atLeastAsStrict($key, $group[$part], $org[$part])) {
				$violations[] = $this->weakerThan($key, "$path.$part", 'loosens', $org[$part]);
			}
		}
		if ($org['locked'] === true && $group['locked'] !== true) {
			$violations[] = new Violation("$path.locked", 'loosens');
		}
	}
}
