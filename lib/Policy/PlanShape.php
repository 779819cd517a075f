<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Checks that untrusted input has the shape of a RegisteredPlan (openapi.json) before PlanValidator
 * judges its content. TypeScript gets this from its types; the server must check it.
 * Field paths match PlanValidator's (`title`, `settings.lobby`, `talk.lobbyTimer`).
 * Numbers only have to be numbers here: whether they are whole and in range is PlanValidator's call,
 * with the bounds in its message.
 */
class PlanShape {
	private const TALK_KEYS = ['roomType', 'listable', 'lobbyState', 'lobbyTimer', 'messageExpiration', 'sipEnabled', 'recordingConsent'];

	/**
	 * @param mixed $plan decoded JSON
	 * @param-out array|mixed $plan integral floats within PHP's int range are turned into ints when the shape is right
	 * @return list<Violation>
	 */
	public function check(mixed &$plan): array {
		if (!Json::isRecord($plan)) {
			return [new Violation('plan', $plan === null ? 'required' : 'wrong-type')];
		}
		$violations = [];
		$this->rejectUnknownKeys($plan, ['title', 'description', 'start', 'end', 'settings', 'privacyNotice', 'talk'], '', $violations);
		foreach (['title', 'description'] as $field) {
			$this->expect($plan, $field, $field, 'string', $violations);
		}
		foreach (['start', 'end'] as $field) {
			$this->expect($plan, $field, $field, 'number', $violations);
		}

		if ($this->expect($plan, 'settings', 'settings', 'record', $violations)) {
			$this->rejectUnknownKeys($plan['settings'], Settings::keys(), 'settings', $violations);
			foreach (Settings::keys() as $key) {
				// Whether the value is one the setting knows is PlanValidator's call ('invalid', 'empty', …).
				$this->expect($plan['settings'], $key, "settings.$key", 'scalar-or-null', $violations);
			}
		}
		if ($this->expect($plan, 'privacyNotice', 'privacyNotice', 'record', $violations)) {
			$this->rejectUnknownKeys($plan['privacyNotice'], ['text', 'url', 'version'], 'privacyNotice', $violations);
			foreach (['text', 'url', 'version'] as $field) {
				$this->expect($plan['privacyNotice'], $field, "privacyNotice.$field", 'string', $violations);
			}
		}
		if ($this->expect($plan, 'talk', 'talk', 'record', $violations)) {
			$this->rejectUnknownKeys($plan['talk'], self::TALK_KEYS, 'talk', $violations);
			foreach (self::TALK_KEYS as $field) {
				$this->expect($plan['talk'], $field, "talk.$field", $field === 'lobbyTimer' ? 'number-or-null' : 'number', $violations);
			}
		}
		if ($violations === []) {
			$plan = self::normalise($plan);
		}
		return $violations;
	}

	/**
	 * @param list<Violation> $violations
	 */
	private function expect(array $parent, string $key, string $path, string $type, array &$violations): bool {
		if (!array_key_exists($key, $parent)) {
			$violations[] = new Violation($path, 'required');
			return false;
		}
		$value = $parent[$key];
		$ok = match ($type) {
			'string' => is_string($value),
			'number' => is_int($value) || is_float($value),
			'number-or-null' => $value === null || is_int($value) || is_float($value),
			'record' => Json::isRecord($value),
			'scalar-or-null' => $value === null || is_string($value) || is_int($value) || is_float($value),
		};
		if (!$ok) {
			$violations[] = new Violation($path, 'wrong-type');
		}
		return $ok;
	}

	/**
	 * @param list<Violation> $violations
	 */
	private function rejectUnknownKeys(array $value, array $known, string $path, array &$violations): void {
		foreach (array_keys($value) as $key) {
			if (!in_array((string)$key, $known, true)) {
				$violations[] = new Violation($path === '' ? (string)$key : "$path.$key", 'unknown-key');
			}
		}
	}

	private static function normalise(mixed $value): mixed {
		if (is_float($value) && Json::isInteger($value)) {
			return (int)$value;
		}
		return is_array($value) ? array_map(self::normalise(...), $value) : $value;
	}
}
