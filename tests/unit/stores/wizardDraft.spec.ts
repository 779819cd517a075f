/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { clearDraft, loadDraft, saveDraft } from '../../../src/stores/wizardDraft.ts'

const draft = {
	step: 'safety',
	choices: { title: 'R&D', description: '', start: 1893456000, end: 1893459600, users: ['bob'], emails: ['guest@example.org'], guestLink: true, settings: { lobby: 'until-start' as const } },
	userLabels: { bob: 'Bob' },
	pendingEmail: 'half@',
}

describe('wizard draft', () => {
	beforeEach(() => {
		window.sessionStorage.clear()
		window.localStorage.clear()
	})

	it('survives in the tab\'s session storage, and only there', () => {
		saveDraft(draft)
		expect(loadDraft()).toEqual(draft)
		expect(window.localStorage.length).toBe(0)
		expect(window.sessionStorage.length).toBe(1)
	})

	it('never keeps the password', () => {
		const password = 'Secret-password-4711-xyz'
		saveDraft({ ...draft, choices: { ...draft.choices, password } as never })
		expect(JSON.stringify(Object.values(window.sessionStorage))).not.toContain(password)
		expect(loadDraft()?.choices).not.toHaveProperty('password')
	})

	it('is gone once cleared', () => {
		saveDraft(draft)
		clearDraft()
		expect(loadDraft()).toBeNull()
	})

	it('ignores what it cannot read as a draft', () => {
		const key = () => Object.keys(window.sessionStorage).find((k) => k.includes('wizard-draft'))!
		saveDraft(draft)
		window.sessionStorage.setItem(key(), '{not json')
		expect(loadDraft()).toBeNull()
		window.sessionStorage.setItem(key(), JSON.stringify({ version: 1, ...draft, choices: { ...draft.choices, users: 'bob' } }))
		expect(loadDraft()).toBeNull()
		window.sessionStorage.setItem(key(), JSON.stringify({ version: 2, ...draft }))
		expect(loadDraft()).toBeNull()
	})
})
