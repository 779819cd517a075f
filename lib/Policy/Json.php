<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * JavaScript semantics for decoded JSON values, so the PHP twins of src/policy/ give the same verdicts.
 *
 * Values are what `json_decode($json, true)` (and Nextcloud's IRequest) produce: objects become
 * string-keyed arrays, so an empty `{}` and an empty `[]` cannot be told apart and count as both.
 *
 * The one known difference from the TypeScript twin (src/policy/): an empty `[]` where an object is
 * expected (e.g. `groupRules[i].settings: []`) and an empty `{}` where a list is expected (e.g.
 * `groupRules: {}`) pass here but are `wrong-type` in TS. Both mean "nothing" in either reading, so no
 * weaker policy can slip through; the shared fixtures avoid these two inputs. Fixing it would need the
 * raw request body, which IRequest decodes before the controller sees it. PolicyService::export()
 * writes empty group settings back as `{}`.
 */
final class Json {
	/** JS `String.prototype.trim` whitespace (ECMAScript WhiteSpace + LineTerminator). */
	/** 2^63 as a float: floats below it in magnitude convert to int exactly. */
	private const INT_LIMIT = 9.2233720368547758E+18;

	public const WHITESPACE = '\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

	/** A JSON object (JS: typeof 'object', not null, not an array). */
	public static function isRecord(mixed $value): bool {
		return is_array($value) && ($value === [] || !array_is_list($value));
	}

	/** A JSON array (JS: Array.isArray). */
	public static function isList(mixed $value): bool {
		return is_array($value) && array_is_list($value);
	}

	/**
	 * JS `typeof v === 'number' && Number.isInteger(v)`, limited to what PHP holds as an int: a larger
	 * JSON number decodes to a float that `(int)` would wrap or zero, so it does not count as an integer.
	 */
	public static function isInteger(mixed $value): bool {
		return is_int($value) || (is_float($value) && is_finite($value) && floor($value) === $value && abs($value) < self::INT_LIMIT);
	}

	/** JS `===` / SameValueZero for JSON values: numbers compare by value, everything else strictly. */
	public static function same(mixed $a, mixed $b): bool {
		if ((is_int($a) || is_float($a)) && (is_int($b) || is_float($b))) {
			return $a == $b;
		}
		return $a === $b;
	}

	/** JS `list.includes(value)`. */
	public static function includes(array $list, mixed $value): bool {
		return self::indexOf($list, $value) !== -1;
	}

	/** JS `list.indexOf(value)`. */
	public static function indexOf(array $list, mixed $value): int {
		foreach (array_values($list) as $index => $item) {
			if (self::same($item, $value)) {
				return $index;
			}
		}
		return -1;
	}

	/** JS `string.length` (UTF-16 code units). */
	public static function length(string $value): int {
		return intdiv(strlen(mb_convert_encoding($value, 'UTF-16LE', 'UTF-8')), 2);
	}

	/** JS `string.trim()`. */
	public static function trim(string $value): string {
		return preg_replace('/^[' . self::WHITESPACE . ']+|[' . self::WHITESPACE . ']+$/u', '', $value) ?? $value;
	}

	/** JS `JSON.stringify(a) === JSON.stringify(b)` for JSON values (key order matters, as in JS). */
	public static function sameJson(mixed $a, mixed $b): bool {
		return self::encode($a) === self::encode($b);
	}

	public static function encode(mixed $value): string {
		return json_encode(self::normaliseNumbers($value), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION);
	}

	/** Integral floats become ints, as JS prints them (`5.0` is `5`). */
	private static function normaliseNumbers(mixed $value): mixed {
		if (is_float($value) && self::isInteger($value)) {
			return (int)$value;
		}
		if (is_array($value)) {
			return array_map(self::normaliseNumbers(...), $value);
		}
		return $value;
	}
}
