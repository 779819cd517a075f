<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Re-validates a plan submitted for registration: the twin of src/policy/validatePlan.ts.
 * The plan must be exactly what planMeeting would produce under the caller's effective policy, now.
 * Expects a plan whose shape passed PlanShape::check().
 */
class PlanValidator {
	public const TITLE_MAX_LENGTH = 255;
	/** A start this many seconds ago still counts as "now" (clocks of browser and server differ a little). */
	public const START_TOLERANCE_SECONDS = 300;
	/** The latest start or end a plan may have (2099-12-31 23:59:59 UTC). */
	public const MAX_TIME = 4102444799;

	/**
	 * @param array $policy an effective policy
	 * @param array $plan a registered plan
	 * @param int $now unix seconds
	 * @param string $password the guest password the room was created with ('' for none): Talk keeps only
	 *                         its hash, so its length can be checked only while the creator still sends it
	 * @return list<Violation>
	 */
	public function validate(array $policy, array $plan, int $now, string $password): array {
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
		array_push($violations, ...self::checkTimes($plan['start'], $plan['end'], $now));
		foreach (Settings::keys() as $key) {
			$value = $plan['settings'][$key];
			// No guests is always allowed, whatever the guest rule says.
			if ($key === 'guestAccess' && $value === 'none') {
				continue;
			}
			$problem = Settings::checkValue($policy['settings'], $key, $value);
			if ($problem !== null) {
				$violations[] = $key === 'guestAccess' ? new Violation($key, 'guests-not-allowed') : new Violation($key, $problem['code'], $problem['params']);
			}
		}
		$minLength = $plan['settings']['passwordMinLength'];
		if ($plan['settings']['guestAccess'] === 'password' && Json::isInteger($minLength) && Json::length($password) < $minLength) {
			$violations[] = new Violation('password', 'too-short', ['min' => (int)$minLength]);
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
	 * Start and end: whole seconds within the plan's time span, the start not in the past, the end after it
	 * (twin of checkTimes() in planMeeting.ts).
	 * @return list<Violation>
	 */
	public static function checkTimes(mixed $start, mixed $end, int $now): array {
		$violations = [];
		$startProblem = Settings::checkWholeNumber($start, 0, self::MAX_TIME);
		$endProblem = Settings::checkWholeNumber($end, 0, self::MAX_TIME);
		if ($startProblem !== null) {
			$violations[] = new Violation('start', $startProblem['code'], $startProblem['params']);
		} elseif ($start < $now - self::START_TOLERANCE_SECONDS) {
			$violations[] = new Violation('start', 'in-past');
		}
		if ($endProblem !== null) {
			$violations[] = new Violation('end', $endProblem['code'], $endProblem['params']);
		} elseif ($startProblem === null && $end <= $start) {
			$violations[] = new Violation('end', 'end-before-start');
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
