<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCP\IL10N;

/**
 * Translated names of the fields a violation can point at and of setting values, for the API's
 * messages. The English texts are those of src/l10n/settingTexts.ts, so one translation serves both.
 */
class SettingTexts {
	public function __construct(
		private IL10N $l10n,
	) {
	}

	/** The name of the setting or plan field a violation path (`settings.lobby.default`, `start`) points at. */
	public function fieldName(string $path): string {
		foreach (array_reverse(explode('.', $path)) as $part) {
			$name = $this->name($part);
			if ($name !== null) {
				return $name;
			}
		}
		return $this->l10n->t('This value');
	}

	private function name(string $field): ?string {
		return match ($field) {
			'guestAccess' => $this->l10n->t('Guest access'),
			'passwordMinLength' => $this->l10n->t('Minimum password length'),
			'lobby' => $this->l10n->t('Lobby'),
			'autoLock' => $this->l10n->t('Automatic lock'),
			'autoLockMinutes' => $this->l10n->t('Lock after (minutes)'),
			'recording' => $this->l10n->t('Recording'),
			'sipDialIn' => $this->l10n->t('Phone dial-in'),
			'chatExpiry' => $this->l10n->t('Chat messages expire after'),
			'fileRetentionDays' => $this->l10n->t('Shared files are kept for (days)'),
			'meetingRetentionDays' => $this->l10n->t('Meeting is deleted after its end (days)'),
			'bots' => $this->l10n->t('Bots'),
			'guestWindowMinutes' => $this->l10n->t('Guests may join before the start (minutes)'),
			'requirePrivacyNotice' => $this->l10n->t('Privacy notice acknowledgement'),
			'privacyNotice' => $this->l10n->t('Privacy notice'),
			'title' => $this->l10n->t('Title'),
			'description' => $this->l10n->t('Description'),
			'start' => $this->l10n->t('Start'),
			'end' => $this->l10n->t('End'),
			'password' => $this->l10n->t('Password'),
			'plan' => $this->l10n->t('Meeting plan'),
			'token' => $this->l10n->t('Conversation'),
			default => null,
		};
	}

	/** A setting value as the wizard and the admin page label it. */
	public function valueLabel(string $setting, string|int|float $value): string {
		$label = match ("$setting:$value") {
			'guestAccess:none' => $this->l10n->t('No guests'),
			'guestAccess:password' => $this->l10n->t('Guests with password'),
			'lobby:moderated' => $this->l10n->t('Moderators admit everyone'),
			'lobby:until-start' => $this->l10n->t('Lobby opens at the start time'),
			'autoLock:when-all-joined' => $this->l10n->t('When all invitees have joined'),
			'autoLock:minutes-after-start' => $this->l10n->t('Some minutes after the call starts'),
			'autoLock:off', 'sipDialIn:off', 'bots:off' => $this->l10n->t('Off'),
			'recording:blocked' => $this->l10n->t('Blocked'),
			'recording:with-consent' => $this->l10n->t('Allowed with consent'),
			'sipDialIn:allowed', 'bots:allowed' => $this->l10n->t('Allowed'),
			'requirePrivacyNotice:required' => $this->l10n->t('Participants must confirm it'),
			'requirePrivacyNotice:optional' => $this->l10n->t('Shown, no confirmation'),
			default => null,
		};
		return $label ?? ($setting === 'chatExpiry' ? $this->expiry((int)$value) : (string)$value);
	}

	private function expiry(int $seconds): string {
		if ($seconds === 0) {
			return $this->l10n->t('Never');
		}
		if ($seconds % 86400 === 0) {
			return $seconds % 604800 === 0
				? $this->l10n->n('%n week', '%n weeks', intdiv($seconds, 604800))
				: $this->l10n->n('%n day', '%n days', intdiv($seconds, 86400));
		}
		return $this->l10n->n('%n hour', '%n hours', intdiv($seconds, 3600));
	}
}
