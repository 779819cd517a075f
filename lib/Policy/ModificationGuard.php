<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Decides whether a change to a registered room weakens what its plan set (design.md §6). Pure: the
 * plan, the change and the time in, a verdict out. Codes are RoomChecker's finding codes, so a change
 * is refused exactly when it would make RoomChecker report the room (plus `recording-consent` and
 * dial-in without PIN, which RoomChecker does not look at), and ServerRoomChecker's for what only the
 * server sees (`lobby-bypass`, `breakout-rooms`). Stricter changes always pass.
 */
class ModificationGuard {
	/**
	 * @param array $plan a registered plan (start, settings, privacyNotice, talk)
	 * @param int $now unix seconds
	 */
	public function judge(array $plan, Modification $change, int $now): GuardVerdict {
		$code = $this->breach($plan, $change, $now);
		if ($code === null) {
			return GuardVerdict::allow();
		}
		// Never fail a background path: occ, cron, federation, other apps, and the lobby timer, which
		// Talk runs lazily while *reading* the room (an exception would break reads for everyone).
		if (!$change->byUser || $change->timerReached) {
			return GuardVerdict::warn($change->property, $code);
		}
		return GuardVerdict::veto($change->property, $code);
	}

	/** The RoomChecker code the change would break, or null when it keeps the plan. */
	private function breach(array $plan, Modification $change, int $now): ?string {
		$talk = $plan['talk'];
		$new = $change->newValue;
		return match ($change->property) {
			// Talk fires `password` only for public rooms, with the new password in clear; '' removes it.
			// Without the password_policy app Talk has no length rule of its own, so the plan's is kept here.
			Modification::PASSWORD => $new === '' || (is_string($new) && Json::length($new) < $plan['settings']['passwordMinLength']) ? 'password' : null,
			// Listable rooms let users in without the password (talk.md §4).
			Modification::LISTABLE => is_int($new) && $new > 0 ? 'listable' : null,
			Modification::LOBBY => $this->lobbyBreach($plan, $change, $now),
			Modification::MESSAGE_EXPIRATION => $talk['messageExpiration'] > 0 && is_int($new)
				&& ($new === 0 || $new > $talk['messageExpiration']) ? 'chat-expiry' : null,
			// 1 = dial-in with PIN, 2 = without PIN: anything above the plan's value is weaker.
			Modification::SIP_ENABLED => is_int($new) && $new > $talk['sipEnabled'] ? 'sip' : null,
			Modification::RECORDING_CONSENT => $talk['recordingConsent'] > 0 && $new === 0 ? 'recording-consent' : null,
			// A group room (2) stands for "no guests"; only turning it public (3) lets guests in.
			Modification::TYPE => $talk['roomType'] === 2 && $new === 3 ? 'room-type' : null,
			Modification::DESCRIPTION => is_string($new) && !Description::carriesNotice($new, $plan['privacyNotice']) ? 'privacy-notice' : null,
			// Everyone without a permission of their own gets the default; 0 hands them the server's.
			Modification::DEFAULT_PERMISSIONS => is_int($new) && PermissionRule::skipsLobby(PermissionRule::resolve($new, $change->inheritedPermissions ?? 0)) ? 'lobby-bypass' : null,
			// Talk never fires this for moderators. Only a new grant counts: a moderator who restricts someone
			// who already skips the lobby, or resets them to the default, is not refused.
			Modification::ATTENDEE_PERMISSIONS => is_int($new) && PermissionRule::skipsLobby($new)
				&& !(is_int($change->oldValue) && PermissionRule::skipsLobby($change->oldValue)) ? 'lobby-bypass' : null,
			// Breakout rooms are Talk rooms nobody registered: no password, expiry or notice (ARCHITECTURE.md).
			Modification::BREAKOUT_ROOM_MODE => is_int($new) && $new !== 0 ? 'breakout-rooms' : null,
			default => null,
		};
	}

	private function lobbyBreach(array $plan, Modification $change, int $now): ?string {
		$untilStart = $plan['settings']['lobby'] === 'until-start';
		if ($change->newValue === 0) {
			if ($change->oldValue === 0) {
				return null; // already open: Talk re-saves the state without changing it
			}
			if ($change->timerReached) {
				// A timer opens the lobby without a moderator: only "until start" plans, and not before the start
				// (a breach then is logged: timers are never refused).
				return $untilStart && $now >= $plan['start'] ? null : 'lobby';
			}
			// A moderator admits the waiting participants by opening the lobby ("admit by moderator"), from
			// when guests may come; before, the meeting's door stays shut.
			return $now >= JoinRule::guestWindow($plan)[0] ? null : 'lobby';
		}
		if ($change->lobbyTimer === null || $change->oldValue === 0) {
			// Lobby on without a timer keeps the plan; turning an open lobby back on is better than refusing it.
			return null;
		}
		// A timer opens the lobby without a moderator: never on a "moderated" plan, never before the start.
		return !$untilStart || $change->lobbyTimer < $plan['start'] ? 'lobby-timer' : null;
	}
}
