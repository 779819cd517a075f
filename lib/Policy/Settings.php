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
	];

	/** @return list<string> */
	public static function keys(): array {
		return array_keys(self::SETTINGS);
	}

	public static function isChoice(string $key): bool {
		return self::SETTINGS[$key]['kind'] === self::KIND_CHOICE;
	}

	/**
	 * Whether `value` is acceptable for `key` under `rules` (twin of checkValue.ts); the violation code or null.
	 * Locked means "exactly the default"; otherwise any allowed value (choices) or any value in range.
	 */
	public static function checkValue(array $rules, string $key, mixed $value): ?string {
		$setting = self::SETTINGS[$key];
		$rule = $rules[$key];
		if ($setting['kind'] === self::KIND_CHOICE) {
			if (!Json::includes($setting['values'], $value)) {
				return 'invalid';
			}
			if ($rule['locked'] && !Json::same($value, $rule['default'])) {
				return 'locked';
			}
			return Json::includes($rule['allowed'], $value) ? null : 'not-allowed';
		}
		if (!Json::isInteger($value)) {
			return 'wrong-type';
		}
		if ($rule['locked'] && !Json::same($value, $rule['default'])) {
			return 'locked';
		}
		return $value >= $rule['min'] && $value <= $rule['max'] ? null : 'out-of-range';
	}

	/** Index of a value in its setting's strictness order: lower is stricter (twin of strictnessRank). */
	public static function strictnessRank(string $key, mixed $value): int|float {
		$setting = self::SETTINGS[$key];
		if ($setting['kind'] === self::KIND_CHOICE) {
			return Json::indexOf($setting['values'], $value);
		}
		return $setting['stricter'] === 'lower' ? $value : -$value;
	}
}
