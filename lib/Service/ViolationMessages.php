<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Policy\Settings;
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
		private SettingTexts $texts,
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

	/** A sentence that names the field and, for numbers, the whole numbers to enter. */
	public function violation(Violation $v): string {
		$p = $v->params;
		$field = $this->texts->fieldName($v->field);
		$setting = $this->settingOf($v->field);
		$limit = isset($p['limit']) ? $this->texts->valueLabel($setting, $p['limit']) : null;
		$hasBounds = isset($p['min'], $p['max']);
		$bounds = $hasBounds ? [$field, (string)$p['min'], (string)$p['max']] : [];
		return match ($v->code) {
			'required' => $this->l10n->t('%s is required.', [$field]),
			'too-long' => isset($p['max'])
				? $this->l10n->t('%1$s is too long: at most %2$s characters.', [$field, (string)$p['max']])
				: $this->l10n->t('%s is too long.', [$field]),
			'invalid' => $this->l10n->t('%s is not valid.', [$field]),
			'not-allowed' => $limit !== null
				? $this->l10n->t('%1$s: choose “%2$s” or something stricter.', [$field, $limit])
				: $this->l10n->t('%s: your organisation does not allow this value.', [$field]),
			'locked' => isset($p['value'])
				? $this->l10n->t('%1$s is locked by your organisation to “%2$s”.', [$field, $this->texts->valueLabel($setting, $p['value'])])
				: $this->l10n->t('%s is locked by your organisation.', [$field]),
			'out-of-range' => $hasBounds
				? $this->l10n->t('%1$s: enter a whole number from %2$s to %3$s.', $bounds)
				: $this->l10n->t('%s is out of range.', [$field]),
			'empty' => $hasBounds
				? $this->l10n->t('%1$s is empty: enter a whole number from %2$s to %3$s.', $bounds)
				: $this->l10n->t('%s is required.', [$field]),
			'not-whole' => $hasBounds
				? $this->l10n->t('%1$s must be a whole number, without decimals, from %2$s to %3$s.', $bounds)
				: $this->l10n->t('%s must be a whole number.', [$field]),
			'wrong-type' => $hasBounds
				? $this->l10n->t('%1$s must be a number: enter a whole number from %2$s to %3$s.', $bounds)
				: $this->l10n->t('%s has the wrong type.', [$field]),
			'too-short' => isset($p['min'])
				? $this->l10n->t('The password must have at least %s characters.', [(string)$p['min']])
				: $this->l10n->t('%s is too short.', [$field]),
			'end-before-start' => $this->l10n->t('The end must be after the start.'),
			'in-past' => $this->l10n->t('The start must not be in the past.'),
			'guests-not-allowed' => $this->l10n->t('The policy does not allow guests.'),
			'unknown-key' => $this->l10n->t('%s is not a known field.', [$v->field]),
			'loosens' => match (true) {
				$hasBounds => $this->l10n->t('A group rule may only tighten %1$s: enter a whole number from %2$s to %3$s.', $bounds),
				$limit !== null => $this->l10n->t('A group rule may only tighten %1$s: choose “%2$s” or something stricter.', [$field, $limit]),
				default => $this->l10n->t('A group rule cannot unlock %s: the organisation locks it.', [$field]),
			},
			'review-date' => $this->l10n->t('The next review must be after today and at most five years ahead.'),
			default => $this->l10n->t('%s is not valid.', [$field]),
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

	/** The setting a violation path names (`groupRules.0.settings.lobby.default` → `lobby`), or ''. */
	private function settingOf(string $path): string {
		foreach (array_reverse(explode('.', $path)) as $part) {
			if (in_array($part, Settings::keys(), true)) {
				return $part;
			}
		}
		return '';
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
			'outside-participants' => $this->l10n->t('The conversation has e-mail guests, phone numbers or users of other servers, but the plan allows no guests. Remove them first.'),
			'attendee-lobby-bypass' => $this->l10n->t('Participants who are not moderators may skip the lobby by their own permissions. Reset their permissions first.'),
			'bots' => $this->l10n->t('Bots are enabled in the conversation, but the plan allows none. Disable them first.'),
			'object-room' => $this->l10n->t('Conversations that belong to a calendar event, an instant meeting, a phone call, a file or a share cannot be safe meetings: Talk changes or deletes them on its own. Create a new conversation.'),
			'forced-setting' => $this->l10n->t('The server forces a setting on every conversation that is weaker than the plan.'),
			'password-mismatch' => $this->l10n->t('The password sent is not the guest password of the conversation.'),
			default => $this->l10n->t('The conversation does not match the meeting plan.'),
		};
	}
}
