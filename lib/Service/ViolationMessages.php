<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Policy\Violation;
use OCP\IL10N;

/**
 * Turns violation and finding codes into translated messages for API errors.
 *
 * @psalm-import-type SafeMeetingViolation from \OCA\SafeMeeting\ResponseDefinitions
 */
class ViolationMessages {
	public function __construct(
		private IL10N $l10n,
	) {
	}

	/**
	 * @param list<Violation> $violations
	 * @return list<SafeMeetingViolation>
	 */
	public function violations(array $violations): array {
		return array_map(fn (Violation $v): array => [
			'field' => $v->field,
			'code' => $v->code,
			'message' => $this->violation($v),
		], $violations);
	}

	/**
	 * Room findings as violations of the field `room`, with the finding code (checkRoom.ts) as code.
	 * @param list<array{code: string, expected: string|int|bool, actual: string|int|bool}> $findings
	 * @return list<SafeMeetingViolation>
	 */
	public function findings(array $findings): array {
		return array_map(fn (array $f): array => [
			'field' => 'room',
			'code' => $f['code'],
			'message' => $f['code'] === 'forced-setting' ? $this->forcedSetting((string)$f['expected']) : $this->finding($f['code']),
		], $findings);
	}

	public function violation(Violation $v): string {
		$p = $v->params;
		return match ($v->code) {
			'required' => $this->l10n->t('A value is required.'),
			'too-long' => isset($p['max'])
				? $this->l10n->t('Too long: at most %s.', [(string)$p['max']])
				: $this->l10n->t('Too long.'),
			'invalid' => $this->l10n->t('This value is not valid.'),
			'not-allowed' => $this->l10n->t('The policy does not allow this value.'),
			'locked' => $this->l10n->t('This setting is locked by the policy.'),
			'out-of-range' => isset($p['min'], $p['max'])
				? $this->l10n->t('The value must be between %1$s and %2$s.', [(string)$p['min'], (string)$p['max']])
				: $this->l10n->t('The value is outside the range the policy allows.'),
			'too-short' => isset($p['min'])
				? $this->l10n->t('Too short: at least %s characters.', [(string)$p['min']])
				: $this->l10n->t('Too short.'),
			'end-before-start' => $this->l10n->t('The end must be after the start.'),
			'in-past' => $this->l10n->t('The start must not be in the past.'),
			'guests-not-allowed' => $this->l10n->t('The policy does not allow guests.'),
			'unknown-key' => $this->l10n->t('Unknown field.'),
			'loosens' => $this->l10n->t('A group rule may only make a setting stricter.'),
			'wrong-type' => $this->l10n->t('This value has the wrong type.'),
			default => $this->l10n->t('This value is not valid.'),
		};
	}

	/** A setting the server forces (Talk's parameter name, see ServerRoomChecker) in words. */
	private function forcedSetting(string $setting): string {
		$name = match ($setting) {
			'roomType' => $this->l10n->t('guest access'),
			'listable' => $this->l10n->t('listing'),
			'messageExpiration' => $this->l10n->t('chat expiry'),
			'lobbyState' => $this->l10n->t('lobby'),
			'sipEnabled' => $this->l10n->t('phone dial-in'),
			'permissions' => $this->l10n->t('default permissions'),
			'recordingConsent' => $this->l10n->t('recording consent'),
			default => $setting,
		};
		return $this->l10n->t('The server forces a value for "%s" on every conversation that is weaker than the plan; moderators cannot change it back.', [$name]);
	}

	public function finding(string $code): string {
		return match ($code) {
			'room-type' => $this->l10n->t('The conversation type does not match the plan.'),
			'password' => $this->l10n->t('The public conversation has no password.'),
			'listable' => $this->l10n->t('The conversation is listed; it must be open to participants only.'),
			'lobby' => $this->l10n->t('The lobby is not enabled.'),
			'chat-expiry' => $this->l10n->t('Chat messages do not expire as planned.'),
			'sip' => $this->l10n->t('Dial-in is enabled although the plan does not allow it.'),
			'recording' => $this->l10n->t('The call is being recorded although the plan blocks recording.'),
			'privacy-notice' => $this->l10n->t('The conversation description does not carry the privacy notice.'),
			'lobby-timer' => $this->l10n->t('A lobby timer would open the lobby without a moderator.'),
			'recording-consent' => $this->l10n->t('Participants are not asked for consent before a recording.'),
			'lobby-bypass' => $this->l10n->t('Participants may skip the lobby: the default permissions of the conversation or of the server include "ignore the lobby".'),
			'breakout-rooms' => $this->l10n->t('The conversation has breakout rooms, which keep none of the plan\'s protections.'),
			'breakout-room' => $this->l10n->t('Breakout rooms cannot be safe meetings; register the main conversation.'),
			'federated' => $this->l10n->t('Conversations hosted on another server cannot be safe meetings.'),
			'forced-setting' => $this->l10n->t('The server forces a setting on every conversation that is weaker than the plan.'),
			default => $this->l10n->t('The conversation does not match the meeting plan.'),
		};
	}
}
