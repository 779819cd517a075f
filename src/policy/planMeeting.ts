/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { MeetingChoices, MeetingPlan, TalkRoomSettings } from './plan.ts'
import type { SettingValues } from './settings.ts'
import type { EffectivePolicy, Violation } from './types.ts'

import { checkValue, checkWholeNumber } from './checkValue.ts'
import { composeDescription, DESCRIPTION_MAX_LENGTH } from './description.ts'
import { SETTING_KEYS } from './settings.ts'

export const TITLE_MAX_LENGTH = 255
/** A start this many seconds ago still counts as "now" (clocks of browser and server differ a little). */
export const START_TOLERANCE_SECONDS = 300
/** The latest start or end a plan may have (2099-12-31 23:59:59 UTC): whole seconds both runtimes hold exactly. */
export const MAX_TIME = 4102444799
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A plausible e-mail address (Talk checks deliverability itself). */
export const isEmailAddress = (value: string): boolean => EMAIL.test(value)

export type PlanResult = { ok: true, plan: MeetingPlan } | { ok: false, violations: Violation[] }

/**
 * Turns the creator's choices into a plan, or lists every reason it cannot be one.
 * `now` (unix seconds) is a parameter so the function stays pure and the fixtures repeatable.
 */
export function planMeeting(policy: EffectivePolicy, choices: MeetingChoices, now: number): PlanResult {
	const violations: Violation[] = []
	const title = choices.title.trim()
	if (title === '') {
		violations.push({ field: 'title', code: 'required' })
	} else if (title.length > TITLE_MAX_LENGTH) {
		violations.push({ field: 'title', code: 'too-long', params: { max: TITLE_MAX_LENGTH } })
	}

	const description = composeDescription(choices.description.trim(), policy.privacyNotice)
	if (description.length > DESCRIPTION_MAX_LENGTH) {
		violations.push({ field: 'description', code: 'too-long', params: { max: DESCRIPTION_MAX_LENGTH - (description.length - choices.description.trim().length) } })
	}

	violations.push(...checkTimes(choices.start, choices.end, now))

	const users = unique(choices.users.map((u) => u.trim()).filter((u) => u !== ''))
	const emails = unique(choices.emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))
	for (const email of emails) {
		if (!EMAIL.test(email)) {
			violations.push({ field: 'emails', code: 'invalid', params: { value: email } })
		}
	}

	const hasGuests = choices.guestLink || emails.length > 0
	const settings = resolveSettings(policy, choices.settings, hasGuests, violations)

	if (hasGuests) {
		if (choices.password.length < settings.passwordMinLength) {
			violations.push({ field: 'password', code: 'too-short', params: { min: settings.passwordMinLength } })
		}
	}

	if (violations.length > 0) {
		return { ok: false, violations }
	}
	return {
		ok: true,
		plan: {
			title,
			description,
			start: choices.start,
			end: choices.end,
			participants: { users, emails },
			settings,
			privacyNotice: { ...policy.privacyNotice },
			talk: talkSettings(settings, choices.start),
		},
	}
}

/**
 * Each setting: the creator's pick (checked against the policy) or the policy's default.
 */
function resolveSettings(policy: EffectivePolicy, picks: Partial<SettingValues>, hasGuests: boolean, violations: Violation[]): SettingValues {
	const resolved = {} as Record<string, unknown>
	for (const key of SETTING_KEYS) {
		const rule = policy.settings[key]
		const value = key === 'guestAccess'
			? (hasGuests ? 'password' : 'none')
			: (picks[key] ?? rule.default)
		const problem = checkValue(policy.settings, key, value)
		// A meeting without guests is always stricter than the policy, even if the lock says "password".
		if (problem === null || (key === 'guestAccess' && !hasGuests)) {
			resolved[key] = value
			continue
		}
		violations.push(key === 'guestAccess'
			? { field: 'guestAccess', code: 'guests-not-allowed' }
			: { field: key, ...problem })
		resolved[key] = rule.default
	}
	return resolved as unknown as SettingValues
}

/**
 * Start and end: whole seconds within the plan's time span, the start not in the past, the end after it.
 */
export function checkTimes(start: unknown, end: unknown, now: number): Violation[] {
	const violations: Violation[] = []
	const startProblem = checkWholeNumber(start, 0, MAX_TIME)
	const endProblem = checkWholeNumber(end, 0, MAX_TIME)
	if (startProblem !== null) {
		violations.push({ field: 'start', ...startProblem })
	} else if ((start as number) < now - START_TOLERANCE_SECONDS) {
		violations.push({ field: 'start', code: 'in-past' })
	}
	if (endProblem !== null) {
		violations.push({ field: 'end', ...endProblem })
	} else if (startProblem === null && (end as number) <= (start as number)) {
		violations.push({ field: 'end', code: 'end-before-start' })
	}
	return violations
}

export function talkSettings(settings: SettingValues, start: number): TalkRoomSettings {
	return {
		roomType: settings.guestAccess === 'password' ? 3 : 2,
		listable: 0,
		lobbyState: 1,
		lobbyTimer: settings.lobby === 'until-start' ? start : null,
		messageExpiration: settings.chatExpiry,
		sipEnabled: settings.sipDialIn === 'allowed' ? 1 : 0,
		// Consent stays required even where recording is allowed: nobody is recorded unasked.
		recordingConsent: 1,
	}
}

function unique(values: string[]): string[] {
	return [...new Set(values)]
}
