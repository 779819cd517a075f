<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Re-validates a plan submitted for registration: the twin of src/policy/validatePlan.ts.
 * The plan must be exactly what planMeeting would produce under the caller's effective policy.
 * Expects a plan whose shape passed PlanShape::check().
 */
class PlanValidator {
	public const TITLE_MAX_LENGTH = 255;

	/**
	 * @param array $policy an effective policy
	 * @param array $plan a registered plan
	 * @return list<Violation>
	 */
	public function validate(array $policy, array $plan): array {
		$violations = [];
		$title = Json::trim($plan['title']);
		if ($title === '') {
			$violations[] = new Violation('title', 'required');
		} elseif (Json::length($title) > self::TITLE_MAX_LENGTH) {
			$violations[] = new Violation('title', 'too-long', ['max' => self::TITLE_MAX_LENGTH]);
		}
		if (Json::length($plan['description']) > Description::MAX_LENGTH) {
			$violations[] = new Violation('description', 'too-long', ['max' => Description::MAX_LENGTH]);
		}
		if ($plan['end'] <= $plan['start']) {
			$violations[] = new Violation('end', 'end-before-start');
		}
		foreach (Settings::keys() as $key) {
			$value = $plan['settings'][$key];
			// No guests is always allowed, whatever the guest rule says.
			if ($key === 'guestAccess' && $value === 'none') {
				continue;
			}
			$code = Settings::checkValue($policy['settings'], $key, $value);
			if ($code !== null) {
				$violations[] = $key === 'guestAccess' ? new Violation($key, 'guests-not-allowed') : new Violation($key, $code);
			}
		}
		if (!Json::sameJson($plan['privacyNotice'], $policy['privacyNotice'])
			|| !Description::carriesNotice($plan['description'], $policy['privacyNotice'])
			|| !str_ends_with($plan['description'], Description::compose('', $policy['privacyNotice']))) {
			$violations[] = new Violation('privacyNotice', 'invalid');
		}
		$expected = self::talkSettings($plan['settings'], $plan['start']);
		foreach ($expected as $key => $value) {
			if (!array_key_exists($key, $plan['talk']) || !Json::same($plan['talk'][$key], $value)) {
				$violations[] = new Violation("talk.$key", 'invalid');
			}
		}
		return $violations;
	}

	/**
	 * The Talk room settings a plan implies (twin of talkSettings() in planMeeting.ts).
	 * @return array{roomType: 2|3, listable: 0, lobbyState: 1, lobbyTimer: int|null, messageExpiration: int, sipEnabled: 0|1, recordingConsent: 1}
	 */
	public static function talkSettings(array $settings, int|float $start): array {
		return [
			'roomType' => $settings['guestAccess'] === 'password' ? 3 : 2,
			'listable' => 0,
			'lobbyState' => 1,
			'lobbyTimer' => $settings['lobby'] === 'until-start' ? $start : null,
			'messageExpiration' => $settings['chatExpiry'],
			'sipEnabled' => $settings['sipDialIn'] === 'allowed' ? 1 : 0,
			// Consent stays required even where recording is allowed: nobody is recorded unasked.
			'recordingConsent' => 1,
		];
	}
}
