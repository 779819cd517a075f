import type { Violation } from '../policy/types.ts'
import type { CreationStep } from './createSafeMeeting.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { t } from '@nextcloud/l10n'
import { OcsError } from '../api/ocs.ts'
import { AS_TEXT } from '../l10n/asText.ts'
import { describeFinding, describeViolation } from '../l10n/violationTexts.ts'
import { describeTalkError } from '../talk/errors.ts'
import { CreationError, InvalidParticipantsError, MissingFeaturesError, NonCompliantRoomError } from './createSafeMeeting.ts'

function stepName(step: CreationStep): string {
	switch (step) {
		case 'create': return t('safe_meeting', 'creating the conversation')
		case 'invite-users': return t('safe_meeting', 'inviting the participants')
		case 'lobby': return t('safe_meeting', 'switching on the lobby')
		case 'expiry': return t('safe_meeting', 'setting the chat expiry')
		case 'description': return t('safe_meeting', 'adding the privacy notice')
		case 'recording-consent': return t('safe_meeting', 'requiring recording consent')
		case 'sip': return t('safe_meeting', 'setting up phone dial-in')
		case 'public': return t('safe_meeting', 'protecting the guest link with the password')
		case 'invite-emails': return t('safe_meeting', 'inviting guests by e-mail')
		case 'verify': return t('safe_meeting', 'checking the conversation')
		case 'bot': return t('safe_meeting', 'adding the Safe Meeting bot')
		case 'register': return t('safe_meeting', 'registering the safe meeting')
	}
}

/** A conversation a failed creation could not delete: the organiser is told which, with a link. */
export interface LeftoverRoom {
	token: string
	title: string
}

export interface CreationFailure {
	/** One paragraph: what failed, why, and what happened to the conversation. */
	message: string
	leftover: LeftoverRoom | null
}

/**
 * What to tell the organiser after a failed creation of the meeting titled `title`. With
 * `leftoverToken`, `error` is why the room an earlier attempt left behind could not be deleted now.
 */
export function describeCreationFailure(error: unknown, title: string, leftoverToken: string | null = null): CreationFailure {
	if (leftoverToken !== null) {
		return {
			message: t('safe_meeting', 'The conversation "{title}" from the last attempt still exists and could not be deleted: {reason} Please delete it in Talk, then try again.', { title, reason: describeTalkError(error) }, undefined, AS_TEXT),
			leftover: { token: leftoverToken, title },
		}
	}
	if (error instanceof MissingFeaturesError) {
		return { message: t('safe_meeting', 'Nothing was created: {reasons}', { reasons: error.message }, undefined, AS_TEXT), leftover: null }
	}
	if (!(error instanceof CreationError)) {
		return { message: t('safe_meeting', 'Nothing was created: an unexpected error occurred.'), leftover: null }
	}
	const what = t('safe_meeting', 'The safe meeting could not be created while {step}: {reason}', { step: stepName(error.step), reason: causeText(error.cause, error.step) }, undefined, AS_TEXT)
	if (error.token !== null && !error.rolledBack) {
		const outcome = t('safe_meeting', 'The conversation "{title}" could not be deleted again. Please delete it in Talk; trying again deletes it first.', { title }, undefined, AS_TEXT)
		return { message: `${what} ${outcome}`, leftover: { token: error.token, title } }
	}
	const outcome = error.token === null
		? t('safe_meeting', 'No conversation was created.')
		: t('safe_meeting', 'The conversation was deleted again, nothing was kept.')
	return { message: `${what} ${outcome}`, leftover: null }
}

function causeText(cause: unknown, step: CreationStep): string {
	if (cause instanceof InvalidParticipantsError) {
		return t('safe_meeting', 'these participants could not be invited: {list}', { list: cause.message }, undefined, AS_TEXT)
	}
	if (cause instanceof NonCompliantRoomError) {
		return cause.findings.map(describeFinding).join(' ')
	}
	if (cause instanceof OcsError) {
		const violations = (cause.data as { violations?: Violation[] } | null)?.violations
		if (Array.isArray(violations) && violations.length > 0) {
			return violations.map((v) => ('message' in v && typeof v.message === 'string') ? v.message : describeViolation(v)).join(' ')
		}
		// Registration is Safe Meeting's own server, not Talk.
		return step === 'register' ? describeServerError(cause) : describeTalkError(cause)
	}
	return describeTalkError(cause)
}

function describeServerError(error: OcsError): string {
	if (error.status === 0) {
		return t('safe_meeting', 'The server could not be reached. Please check your connection and try again.')
	}
	if (error.hint !== '') {
		return error.hint
	}
	return error.status >= 500
		? t('safe_meeting', 'The server had an internal error.')
		: t('safe_meeting', 'The server refused the registration (error {status}).', { status: error.status })
}
