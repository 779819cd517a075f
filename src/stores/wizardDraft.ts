import type { MeetingChoices } from '../policy/plan.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The wizard's draft in the browser tab's session storage, so a reload keeps it. Never the password:
 * it is generated again. Nextcloud clears the app's storage when the user logs out.
 */
import { getBuilder } from '@nextcloud/browser-storage'

const KEY = 'wizard-draft'
const VERSION = 1

export interface WizardDraft {
	step: string
	choices: Omit<MeetingChoices, 'password'>
	/** Display names of the picked users, by id. */
	userLabels: Record<string, string>
	/** An e-mail address typed but not yet added. */
	pendingEmail: string
}

const storage = () => getBuilder('safe_meeting').clearOnLogout().build()

export function saveDraft(draft: WizardDraft): void {
	const { password: _password, ...choices } = draft.choices as MeetingChoices
	storage().setItem(KEY, JSON.stringify({ version: VERSION, ...draft, choices }))
}

export function clearDraft(): void {
	storage().removeItem(KEY)
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString)

/** The saved draft, or null when there is none or it does not have the shape this version writes. */
export function loadDraft(): WizardDraft | null {
	let parsed: unknown
	try {
		parsed = JSON.parse(storage().getItem(KEY) ?? 'null')
	} catch {
		return null
	}
	const draft = parsed as Partial<WizardDraft> & { version?: unknown } | null
	const choices = draft?.choices as Partial<MeetingChoices> | undefined
	if (draft?.version !== VERSION || choices === undefined || !isString(draft.step) || !isString(draft.pendingEmail)
		|| !isString(choices.title) || !isString(choices.description) || typeof choices.start !== 'number' || typeof choices.end !== 'number'
		|| !isStringList(choices.users) || !isStringList(choices.emails) || typeof choices.guestLink !== 'boolean'
		|| typeof choices.settings !== 'object' || choices.settings === null || typeof draft.userLabels !== 'object' || draft.userLabels === null) {
		return null
	}
	return { step: draft.step, choices: choices as WizardDraft['choices'], userLabels: draft.userLabels, pendingEmail: draft.pendingEmail }
}
