<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * The catalogue of policy settings: the twin of src/policy/settings.ts.
 * Choice values are listed strictest first; ranges have hard bounds and a safer direction.
 */
final class Settings {
	public const KIND_CHOICE = 'choice';
	public const KIND_RANGE = 'range';

	public const GUEST_ACCESS = ['none', 'password'];
	public const LOBBY = ['moderated', 'until-start'];
	public const AUTO_LOCK = ['when-all-joined', 'minutes-after-start', 'off'];
	public const RECORDING = ['blocked', 'with-consent'];
	public const SIP_DIAL_IN = ['off', 'allowed'];
	public const BOTS = ['off', 'allowed'];
	public const REQUIRE_PRIVACY_NOTICE = ['required', 'optional'];
	/** Chat expiry in seconds, shortest (strictest) first, 0 = never. */
	public const CHAT_EXPIRY = [3600, 28800, 86400, 604800, 2419200, 0];

	/**
	 * @var array<string, array{kind: 'choice', values: list<string|int>}|array{kind: 'range', min: int, max: int, stricter: 'lower'|'higher'}>
	 */
	public const SETTINGS = [
		'guestAccess' => ['kind' => self::KIND_CHOICE, 'values' => self::GUEST_ACCESS],
		'passwordMinLength' => ['kind' => self::KIND_RANGE, 'min' => 8, 'max' => 128, 'stricter' => 'higher'],
		'lobby' => ['kind' => self::KIND_CHOICE, 'values' => self::LOBBY],
		'autoLock' => ['kind' => self::KIND_CHOICE, 'values' => self::AUTO_LOCK],
		'autoLockMinutes' => ['kind' => self::KIND_RANGE, 'min' => 1, 'max' => 240, 'stricter' => 'lower'],
		'recording' => ['kind' => self::KIND_CHOICE, 'values' => self::RECORDING],
		'sipDialIn' => ['kind' => self::KIND_CHOICE, 'values' => self::SIP_DIAL_IN],
		'chatExpiry' => ['kind' => self::KIND_CHOICE, 'values' => self::CHAT_EXPIRY],
		'fileRetentionDays' => ['kind' => self::KIND_RANGE, 'min' => 1, 'max' => 3650, 'stricter' => 'lower'],
		'meetingRetentionDays' => ['kind' => self::KIND_RANGE, 'min' => 1, 'max' => 3650, 'stricter' => 'lower'],
		'bots' => ['kind' => self::KIND_CHOICE, 'values' => self::BOTS],
		/** Guests may join from this many minutes before the start until the end. */
		'guestWindowMinutes' => ['kind' => self::KIND_RANGE, 'min' => 0, 'max' => 1440, 'stricter' => 'lower'],
		'requirePrivacyNotice' => ['kind' => self::KIND_CHOICE, 'values' => self::REQUIRE_PRIVACY_NOTICE],
	];

	/** @return list<string> */
	public static function keys(): array {
		return array_keys(self::SETTINGS);
	}

	public static function isChoice(string $key): bool {
		return self::SETTINGS[$key]['kind'] === self::KIND_CHOICE;
	}

	/**
	 * Whether `value` is a whole number from `min` to `max` (twin of checkWholeNumber); the problem or null.
	 * Numbers beyond PHP's integer range arrive as floats and are out of range, never cast.
	 * @return array{code: string, params: array{min: int, max: int}}|null
	 */
	public static function checkWholeNumber(mixed $value, int $min, int $max): ?array {
		$params = ['min' => $min, 'max' => $max];
		if ($value === null) {
			return ['code' => 'empty', 'params' => $params];
		}
		if (!is_int($value) && !is_float($value)) {
			return ['code' => 'wrong-type', 'params' => $params];
		}
		if (!($value >= $min && $value <= $max)) {
			return ['code' => 'out-of-range', 'params' => $params];
		}
		return Json::isInteger($value) ? null : ['code' => 'not-whole', 'params' => $params];
	}

	/**
	 * Whether `value` is acceptable for `key` under `rules` (twin of checkValue.ts); the problem or null.
	 * Locked means "exactly the default"; otherwise any value at least as strict as the threshold.
	 * @return array{code: string, params: array<string, string|int>}|null
	 */
	public static function checkValue(array $rules, string $key, mixed $value): ?array {
		$rule = $rules[$key];
		$permitted = self::permitted($key, $rule);
		if (self::isChoice($key)) {
			if (!Json::includes(self::SETTINGS[$key]['values'], $value)) {
				return ['code' => 'invalid', 'params' => []];
			}
			if ($rule['locked'] && !Json::same($value, $rule['default'])) {
				return ['code' => 'locked', 'params' => ['value' => $rule['default']]];
			}
			return Json::includes($permitted['values'], $value) ? null : ['code' => 'not-allowed', 'params' => ['limit' => $rule['threshold']]];
		}
		$problem = self::checkWholeNumber($value, $permitted['min'], $permitted['max']);
		if ($problem !== null && $rule['locked'] && $problem['code'] === 'out-of-range') {
			return ['code' => 'locked', 'params' => ['value' => $rule['default']]];
		}
		return $problem;
	}

	/** Position of a value in its setting's strictness order: lower is stricter (twin of threshold.ts). */
	public static function strictnessRank(string $key, mixed $value): int|float {
		$setting = self::SETTINGS[$key];
		if ($setting['kind'] === self::KIND_CHOICE) {
			return Json::indexOf($setting['values'], $value);
		}
		return $setting['stricter'] === 'lower' ? $value : -$value;
	}

	/** Whether `value` is as strict as `than` or stricter. */
	public static function atLeastAsStrict(string $key, mixed $value, mixed $than): bool {
		return self::strictnessRank($key, $value) <= self::strictnessRank($key, $than);
	}

	public static function stricter(string $key, mixed $a, mixed $b): mixed {
		return self::atLeastAsStrict($key, $a, $b) ? $a : $b;
	}

	/**
	 * Every value at least as strict as `threshold`: the catalogue's values up to it, or the span from it
	 * to the catalogue's bound on the strict side.
	 * @return array{kind: 'choice', values: list<string|int>}|array{kind: 'range', min: int, max: int}
	 */
	public static function upTo(string $key, mixed $threshold): array {
		$setting = self::SETTINGS[$key];
		if ($setting['kind'] === self::KIND_CHOICE) {
			$values = array_values(array_filter($setting['values'], static fn (mixed $value): bool => self::atLeastAsStrict($key, $value, $threshold)));
			return ['kind' => self::KIND_CHOICE, 'values' => $values];
		}
		return $setting['stricter'] === 'lower'
			? ['kind' => self::KIND_RANGE, 'min' => $setting['min'], 'max' => (int)$threshold]
			: ['kind' => self::KIND_RANGE, 'min' => (int)$threshold, 'max' => $setting['max']];
	}

	/**
	 * What a user may pick under `rule`: everything up to the threshold, or only the default when locked.
	 * @return array{kind: 'choice', values: list<string|int>}|array{kind: 'range', min: int, max: int}
	 */
	public static function permitted(string $key, array $rule): array {
		if (!$rule['locked']) {
			return self::upTo($key, $rule['threshold']);
		}
		return self::isChoice($key)
			? ['kind' => self::KIND_CHOICE, 'values' => [$rule['default']]]
			: ['kind' => self::KIND_RANGE, 'min' => (int)$rule['default'], 'max' => (int)$rule['default']];
	}
}
