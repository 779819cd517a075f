/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import type { OrganisationPolicy } from '../../../src/policy/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import AdminSettings from '../../../src/views/AdminSettings.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { settingName } from '../../../src/l10n/settingTexts.ts'
import { defaultPolicy } from '../../../src/policy/defaultPolicy.ts'
import { SETTING_KEYS, SETTINGS } from '../../../src/policy/settings.ts'
import { useAdminPolicyStore } from '../../../src/stores/adminPolicy.ts'

const api = vi.hoisted(() => ({ get: vi.fn(), save: vi.fn(), effective: vi.fn() }))
vi.mock('../../../src/api/policy.ts', () => ({ policyApi: api }))
vi.mock('../../../src/api/retention.ts', () => ({ retentionApi: { settings: vi.fn().mockResolvedValue({ retentionDays: 365 }), receipts: vi.fn().mockResolvedValue({ receipts: [], hasMore: false }) } }))
const confirmPassword = vi.hoisted(() => vi.fn())
vi.mock('../../../src/services/confirmPassword.ts', () => ({ confirmPassword }))

/**
 * Stands in for Nextcloud's group picker, which searches the provisioning API. Like the real one, it renders
 * its `label` as a visually hidden label for its input.
 */
const GroupPicker = defineComponent({
	name: 'NcSettingsSelectGroup',
	props: { id: { type: String, required: true }, modelValue: { type: Array, default: () => [] }, label: { type: String, default: '' } },
	emits: ['update:modelValue'],
	setup: (props) => () => h('div', { class: 'group-picker-stub' }, [
		props.label ? h('label', { for: props.id, class: 'hidden-visually' }, props.label) : null,
		h('input', { id: props.id }),
	]),
})

let wrapper: VueWrapper | null = null

function mountWith(policy: OrganisationPolicy = defaultPolicy()): VueWrapper {
	const store = useAdminPolicyStore()
	store.init(policy)
	wrapper = mount(AdminSettings, { attachTo: document.body, global: { stubs: { NcSettingsSelectGroup: GroupPicker } } })
	return wrapper
}

function button(w: VueWrapper, name: RegExp): DOMWrapper<HTMLButtonElement> {
	const found = w.findAll('button').find((b) => name.test(b.text()))
	if (!found) {
		throw new Error(`no button ${name}`)
	}
	return found as DOMWrapper<HTMLButtonElement>
}

const saveButton = (w: VueWrapper) => w.get<HTMLButtonElement>('button[data-action="save"]')
const orgEditor = (w: VueWrapper, key: string) => w.get(`fieldset[data-setting="${key}"]`)
function checkbox(scope: Pick<DOMWrapper<Element>, 'findAll'>, label: string) {
	const found = scope.findAll('.checkbox-radio-switch').find((c) => c.text().trim().startsWith(label))
	if (!found) {
		throw new Error(`no checkbox ${label}`)
	}
	return found.get<HTMLInputElement>('input')
}

/** The threshold and default choices of a choice setting's editor: what is offered, what is picked, and picking. */
function choicesIn(editor: Pick<VueWrapper, 'findAllComponents'> | DOMWrapper<Element>) {
	return (editor as VueWrapper).findAllComponents({ name: 'NcRadioGroup' }).map((group) => {
		const buttons = () => group.findAllComponents({ name: 'NcRadioGroupButton' })
		return {
			/** The choices that may be picked; the others stay in sight, disabled. */
			labels: () => buttons().filter((choice) => !choice.props('disabled')).map((choice) => choice.props('label') as string),
			shown: () => buttons().map((choice) => choice.props('label') as string),
			names: () => group.findAll<HTMLInputElement>('input[type="radio"]').map((input) => input.element.name),
			values: () => buttons().map((choice) => choice.props('value') as string),
			picked: () => group.get<HTMLInputElement>('input[type="radio"]:checked').element.value,
			pick: (label: string) => buttons().find((choice) => choice.props('label') === label)!.get('input[type="radio"]').setValue(true),
		}
	})
}

async function addRule(w: VueWrapper, group: string) {
	// The picker comes once the editor is painted.
	await vi.waitFor(() => w.getComponent(GroupPicker), { timeout: 10_000 })
	w.getComponent(GroupPicker).vm.$emit('update:modelValue', [group])
	await flushPromises()
	await button(w, /^Add rule$/).trigger('click')
	await flushPromises()
	return w.get(`li[data-group="${group}"]`)
}

// happy-dom cannot parse the switch icon's SVG; Vue's warning about it is noise here, every other warning is kept.
const warn = console.warn.bind(console)

// Mounting the whole page with every editor takes seconds on a busy machine; time is not what is tested.
describe('AdminSettings', { timeout: 30_000 }, () => {
	beforeEach(() => {
		vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
			if (!String(args[0]).includes('SVG is not valid')) {
				warn(...args)
			}
		})
		setActivePinia(createPinia())
		vi.clearAllMocks()
		confirmPassword.mockResolvedValue(undefined)
		api.save.mockImplementation(async (policy: OrganisationPolicy) => structuredClone(policy))
	})

	afterEach(() => {
		vi.restoreAllMocks()
		wrapper?.unmount()
		wrapper = null
		document.body.innerHTML = ''
	})

	it('renders an editor for every setting of the catalogue: at least as strict as, default and lock', () => {
		const w = mountWith()
		for (const key of SETTING_KEYS) {
			const editor = orgEditor(w, key)
			expect(editor.get('legend').text()).toBe(settingName(key))
			if (SETTINGS[key].kind === 'choice') {
				const [threshold, fallback] = choicesIn(editor)
				expect(threshold!.values()).toEqual((SETTINGS[key] as { values: readonly unknown[] }).values.map(String))
				expect(threshold!.picked()).toBe(String(defaultPolicy().settings[key].threshold))
				expect(fallback!.picked()).toBe(String(defaultPolicy().settings[key].default))
			} else {
				expect(editor.findAll('input[type="number"]').map((input) => Number((input.element as HTMLInputElement).value)))
					.toEqual([defaultPolicy().settings[key].threshold, defaultPolicy().settings[key].default])
			}
			expect(editor.find('.rule-editor__lock').text()).toContain('Locked')
		}
		expect(orgEditor(w, 'chatExpiry').text()).toContain('Users may pick: 1 hour, 8 hours, 1 day, 1 week, 4 weeks')
		expect(orgEditor(w, 'fileRetentionDays').text()).toContain('Users may pick from 1 day to 90 days')
		expect(saveButton(w).element.disabled).toBe(true)
	})

	it('offers the default only values at least as strict as the threshold, and a stricter threshold pulls the default along', async () => {
		const w = mountWith()
		const [threshold, fallback] = choicesIn(orgEditor(w, 'chatExpiry'))
		expect(fallback!.labels()).toEqual(['1 hour', '8 hours', '1 day', '1 week', '4 weeks'])

		await threshold!.pick('8 hours')
		await flushPromises()

		expect(useAdminPolicyStore().draft.settings.chatExpiry).toEqual({ default: 28800, threshold: 28800, locked: false })
		const after = choicesIn(orgEditor(w, 'chatExpiry'))[1]!
		expect(after.labels()).toEqual(['1 hour', '8 hours'])
		// The others stay where they were, disabled, so the group does not jump.
		expect(after.shown()).toEqual(['1 hour', '8 hours', '1 day', '1 week', '4 weeks', 'Never'])
		// One name per group: a single Tab stop, arrow keys between the choices.
		expect(new Set(after.names())).toEqual(new Set(['safe-meeting-org-chatExpiry-default']))
	})

	it('says plainly that a number field is empty or not whole, with the numbers to enter', async () => {
		const w = mountWith()
		const [threshold, fallback] = orgEditor(w, 'fileRetentionDays').findAll('input[type="number"]')
		await fallback!.setValue('')
		expect(orgEditor(w, 'fileRetentionDays').text()).toContain('Shared files are kept for (days) is empty: enter a whole number from 1 to 3650.')
		await threshold!.setValue('12.5')
		expect(orgEditor(w, 'fileRetentionDays').text()).toContain('Shared files are kept for (days) must be a whole number, without decimals, from 1 to 3650.')
		expect(saveButton(w).element.disabled).toBe(true)
	})

	it('saves a changed lock after the password is confirmed, and shows success', async () => {
		const w = mountWith()
		const lock = orgEditor(w, 'lobby').get<HTMLInputElement>('.rule-editor__lock input')
		expect(lock.element.checked).toBe(false)

		await lock.setValue(true)
		expect(saveButton(w).element.disabled).toBe(false)
		await saveButton(w).trigger('click')
		await flushPromises()

		const expected = defaultPolicy()
		expected.settings.lobby.locked = true
		expect(confirmPassword).toHaveBeenCalledOnce()
		expect(api.save).toHaveBeenCalledWith(expected)
		expect(useAdminPolicyStore().saved).toEqual(expected)
		expect(saveButton(w).element.disabled).toBe(true)
		expect(w.get('[role="status"]').text()).toBe('Policy saved. All changes are saved.')
	})

	it('keeps focus on Save while saving, ignores further clicks, then focuses the saved status', async () => {
		const w = mountWith()
		let finish: () => void = () => undefined
		api.save.mockImplementation((policy: OrganisationPolicy) => new Promise<OrganisationPolicy>((resolve) => {
			finish = () => resolve(structuredClone(policy))
		}))
		await orgEditor(w, 'lobby').get('.rule-editor__lock input').setValue(true)
		saveButton(w).element.focus()

		await saveButton(w).trigger('click')
		await flushPromises()
		expect(saveButton(w).element.disabled).toBe(false)
		expect(saveButton(w).attributes('aria-disabled')).toBe('true')
		expect(document.activeElement).toBe(saveButton(w).element)
		await saveButton(w).trigger('click')
		await flushPromises()
		expect(api.save).toHaveBeenCalledOnce()

		finish()
		await flushPromises()
		const status = w.get('[role="status"]')
		expect(status.text()).toBe('Policy saved. All changes are saved.')
		expect(document.activeElement).toBe(status.element)
		expect(saveButton(w).attributes('aria-disabled')).toBeUndefined()
	})

	it('moves focus to the failure card after a failed save, which announces its message once', async () => {
		const w = mountWith()
		api.save.mockRejectedValue(new OcsError(403, '', ''))
		await orgEditor(w, 'lobby').get('.rule-editor__lock input').setValue(true)
		saveButton(w).element.focus()
		await saveButton(w).trigger('click')
		await flushPromises()

		const card = w.findAll('.safe-meeting-admin__summary').find((c) => c.text().includes('The policy was not saved'))!
		expect(card.attributes('tabindex')).toBe('-1')
		expect(document.activeElement).toBe(card.element)
		expect(card.attributes('role')).toBe('alert')
		expect(card.findAll('[role="alert"]')).toHaveLength(0)
		expect(card.text()).toContain('You are not allowed to change the policy.')
	})

	it('leaves focus alone when the admin moved on while the policy was saving', async () => {
		const w = mountWith()
		let fail: (error: unknown) => void = () => undefined
		api.save.mockImplementation(() => new Promise((_resolve, reject) => {
			fail = reject
		}))
		await orgEditor(w, 'lobby').get('.rule-editor__lock input').setValue(true)
		await saveButton(w).trigger('click')
		await flushPromises()
		const url = w.get<HTMLInputElement>('#safe-meeting-notice-url')
		url.element.focus()

		fail(new OcsError(403, '', ''))
		await flushPromises()
		expect(w.text()).toContain('The policy was not saved')
		expect(document.activeElement).toBe(url.element)
	})

	it('labels the group picker visibly, once', async () => {
		const w = mountWith()
		await vi.waitFor(() => w.getComponent(GroupPicker), { timeout: 10_000 })
		const labels = w.findAll('label[for="safe-meeting-rule-groups"]')
		expect(labels).toHaveLength(1)
		expect(labels[0]!.text()).toBe('Groups to add a rule for')
		expect(labels[0]!.classes()).not.toContain('hidden-visually')
	})

	it('puts the preview table in a named region keyboard users can scroll', () => {
		const w = mountWith()
		const region = w.get('table').element.parentElement!
		expect(region.getAttribute('role')).toBe('region')
		expect(region.getAttribute('tabindex')).toBe('0')
		expect(region.getAttribute('aria-label')).toBe('Effective policy for the picked groups')
		expect(region.classList).toContain('policy-preview__scroll')
	})

	it('offers a group rule only values that tighten the organisation\'s, and keeps the organisation\'s lock', async () => {
		const policy = defaultPolicy()
		policy.settings.chatExpiry = { default: 86400, threshold: 604800, locked: false }
		const w = mountWith(policy)
		const rule = await addRule(w, 'staff')
		await checkbox(rule, settingName('chatExpiry')).setValue(true)
		await checkbox(rule, settingName('fileRetentionDays')).setValue(true)
		await checkbox(rule, settingName('recording')).setValue(true)
		const editors = rule.findAll('fieldset.rule-editor')

		// In catalogue order: recording, chat expiry, file retention.
		const [threshold, fallback] = choicesIn(editors[1]!)
		expect(threshold!.labels()).toEqual(['1 hour', '8 hours', '1 day', '1 week'])
		expect(fallback!.labels()).toEqual(['1 hour', '8 hours', '1 day'])
		const numbers = editors[2]!.findAll('input[type="number"]')
		expect(numbers.map((input) => input.attributes('max'))).toEqual(['90', '30'])
		const lock = editors[0]!.get<HTMLInputElement>('.rule-editor__lock input')
		expect(lock.element.checked).toBe(true)
		expect(lock.element.disabled).toBe(true)
		expect(saveButton(w).element.disabled).toBe(false)
	})

	it('refuses a group rule that loosens the organisation policy and disables Save', async () => {
		const policy = defaultPolicy()
		policy.groupRules = [{ group: 'staff', settings: { recording: { default: 'blocked', threshold: 'with-consent', locked: true } } }]
		const w = mountWith(policy)
		const recording = w.get('li[data-group="staff"] fieldset.rule-editor')

		expect(recording.text()).toContain('A group rule may only tighten Recording: choose “Blocked” or something stricter.')
		expect(w.find('.safe-meeting-admin__summary').text()).toContain('Rule for staff: A group rule may only tighten Recording: choose “Blocked” or something stricter.')
		expect(saveButton(w).element.disabled).toBe(true)
		await saveButton(w).trigger('click')
		await flushPromises()
		expect(api.save).not.toHaveBeenCalled()
	})

	it('shows the server\'s field messages on a 400 and keeps the draft', async () => {
		const w = mountWith()
		api.save.mockRejectedValue(new OcsError(400, '', 'The policy is not valid. Nothing was changed.', {
			message: 'The policy is not valid. Nothing was changed.',
			violations: [{ field: 'privacyNotice.url', code: 'invalid', message: 'The server cannot use this address.' }],
		}))
		await w.get('#safe-meeting-notice-url').setValue('https://example.org/privacy')
		await saveButton(w).trigger('click')
		await flushPromises()

		const urlField = document.getElementById('safe-meeting-notice-url')!.closest('.input-field')!
		expect(urlField.textContent).toContain('The server cannot use this address.')
		const summary = w.findAll('.safe-meeting-admin__summary').map((card) => card.text()).join(' ')
		expect(summary).toContain('The policy is not valid. Nothing was changed.')
		expect(summary).toContain('The server cannot use this address.')
		expect((w.get('#safe-meeting-notice-url').element as HTMLInputElement).value).toBe('https://example.org/privacy')
		expect(useAdminPolicyStore().saved).toEqual(defaultPolicy())
		expect(saveButton(w).element.disabled).toBe(false)
		expect(w.get('[role="status"]').text()).not.toContain('Policy saved.')
	})

	it('says clearly when the admin is not allowed to save', async () => {
		const w = mountWith()
		api.save.mockRejectedValue(new OcsError(403, '', ''))
		await orgEditor(w, 'lobby').get('.rule-editor__lock input').setValue(true)
		await saveButton(w).trigger('click')
		await flushPromises()
		expect(w.text()).toContain('You are not allowed to change the policy.')
		expect(useAdminPolicyStore().draft.settings.lobby.locked).toBe(true)
	})

	it('previews what a member of the picked groups gets', async () => {
		const policy = defaultPolicy()
		policy.groupRules = [{ group: 'board', settings: { chatExpiry: { default: 3600, threshold: 3600, locked: true } } }]
		const w = mountWith(policy)
		const row = () => w.get('tr[data-setting="chatExpiry"]')
		expect(row().get('[data-column="default"]').text()).toBe('1 week')
		expect(row().get('[data-column="locked"]').text()).toBe('No')

		const picker = w.findAll('fieldset').find((f) => f.find('legend').text() === 'Member of')!
		await checkbox(picker, 'board').setValue(true)

		expect(row().get('[data-column="default"]').text()).toBe('1 hour')
		expect(row().get('[data-column="allowed"]').text()).toBe('1 hour')
		expect(row().get('[data-column="locked"]').text()).toBe('Yes')
		expect(w.get('tr[data-setting="lobby"] [data-column="default"]').text()).toBe('Moderators admit everyone')
	})

	it('resets the draft to the built-in safe policy only after confirmation', async () => {
		const policy = defaultPolicy()
		policy.settings.lobby.locked = true
		const w = mountWith(policy)

		await button(w, /Reset to built-in safe policy/).trigger('click')
		// The dialog loads on demand.
		await vi.waitFor(() => expect(document.body.textContent).toContain('Reset to the built-in safe policy?'), { timeout: 10_000 })
		expect(useAdminPolicyStore().draft.settings.lobby.locked).toBe(true)

		const confirm = [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Reset draft')!
		confirm.click()
		await flushPromises()

		expect(useAdminPolicyStore().draft).toEqual(defaultPolicy())
		expect(api.save).not.toHaveBeenCalled()
		expect(saveButton(w).element.disabled).toBe(false)
	})
})
