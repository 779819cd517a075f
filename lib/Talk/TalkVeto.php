<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Policy\GuardVerdict;
use OCA\SafeMeeting\Policy\Modification;
use OCA\Talk\Exceptions\ForbiddenException;
use OCA\Talk\Exceptions\ParticipantProperty\PermissionsException;
use OCA\Talk\Exceptions\RoomProperty\BreakoutRoomModeException;
use OCA\Talk\Exceptions\RoomProperty\DefaultPermissionsException;
use OCA\Talk\Exceptions\RoomProperty\DescriptionException;
use OCA\Talk\Exceptions\RoomProperty\ListableException;
use OCA\Talk\Exceptions\RoomProperty\LobbyException;
use OCA\Talk\Exceptions\RoomProperty\MessageExpirationException;
use OCA\Talk\Exceptions\RoomProperty\PasswordException;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCA\Talk\Exceptions\RoomProperty\SipConfigurationException;
use OCA\Talk\Exceptions\RoomProperty\TypeException;
use OCP\IL10N;

/**
 * Refuses a room change the way Talk itself does, so clients get Talk's own error (talk.md §12.4).
 * Each exception is the one the Talk 22 RoomController endpoint for that property catches and turns
 * into 400 `{error: "value"}` (attendee permissions: the ParticipantProperty one, same answer; breakout
 * mode: BreakoutRoomController's 400 `{error: "mode"}`); only the password endpoint also returns a `message`. Anything else
 * becomes ForbiddenException, which Talk's middleware answers with 403.
 */
class TalkVeto {
	public function __construct(
		private IL10N $l10n,
	) {
	}

	/**
	 * @throws \Exception always: a Talk RoomProperty exception or ForbiddenException
	 */
	public function veto(GuardVerdict $verdict): never {
		throw match ($verdict->property) {
			Modification::PASSWORD => new PasswordException(PasswordException::REASON_VALUE, $this->l10n->t('This safe meeting must keep its password.')),
			Modification::LISTABLE => new ListableException(ListableException::REASON_VALUE),
			Modification::LOBBY => new LobbyException(LobbyException::REASON_VALUE),
			Modification::MESSAGE_EXPIRATION => new MessageExpirationException(MessageExpirationException::REASON_VALUE),
			Modification::SIP_ENABLED => new SipConfigurationException(SipConfigurationException::REASON_VALUE),
			Modification::RECORDING_CONSENT => new RecordingConsentException(RecordingConsentException::REASON_VALUE),
			// Making a room public for an e-mail invitation swallows this: the room stays private.
			Modification::TYPE => new TypeException(TypeException::REASON_VALUE),
			Modification::DESCRIPTION => new DescriptionException(DescriptionException::REASON_VALUE),
			Modification::DEFAULT_PERMISSIONS => new DefaultPermissionsException(DefaultPermissionsException::REASON_VALUE),
			Modification::ATTENDEE_PERMISSIONS => new PermissionsException(PermissionsException::REASON_VALUE),
			// BreakoutRoomService turns it into 400 `{error: "mode"}`.
			Modification::BREAKOUT_ROOM_MODE => new BreakoutRoomModeException(BreakoutRoomModeException::REASON_VALUE),
			default => new ForbiddenException('safe_meeting: ' . $verdict->code),
		};
	}

	/**
	 * The refusal of a change that could not be checked: Talk's 400 with the endpoint's `error` for a refused
	 * value, carrying a "try again" message (TalkRequestGuardMiddleware answers it; Talk's controllers do not
	 * catch it).
	 */
	public function unavailable(Modification $change): TalkRequestRefusedException {
		return TalkRequestRefusedException::unavailable($change->token, $change->property === Modification::BREAKOUT_ROOM_MODE ? 'mode' : 'value');
	}

	/**
	 * Refuses to add participants to a locked meeting. Talk's "add participant" endpoint has no error of
	 * its own for this; its middleware answers ForbiddenException with 403.
	 *
	 * @throws ForbiddenException always
	 */
	public static function refuseNewParticipants(): never {
		throw new ForbiddenException('safe_meeting: locked');
	}
}
