/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingWizard from '../../../src/views/MeetingWizard.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { useWizardStore } from '../../../src/stores/wizard.ts'

const talk = vi.hoisted(() => ({
	createRoom: vi.fn(),
	deleteRoom: vi.fn(),
}))
vi.mock('../../../src/talk/client.ts', () => ({ talkClient: talk }))
const register = vi.hoisted(() => vi.fn())
vi.mock('../../../src/api/meetings.ts', () => ({ meetingsApi: { register, list: vi.fn() } }))

function buttonNamed(wrapper: ReturnType<typeof mount>, name: RegExp) {
	const button = wrapper.findAll('button').find((b) => name.test(b.text()))
	if (!button) { throw new Error(`no button ${name}`) }
	return button
}

describe('MeetingWizard', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})

	it('stays on the first step until the meeting has a title, and says why', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		expect(wrapper.text()).not.toContain('Title is required.')
		await buttonNamed(wrapper, /^Next$/).trigger('click')
		await flushPromises()
		expect(wrapper.text()).toContain('Title is required.')
		expect(useWizardStore().step).toBe('meeting')
		await wrapper.find('input[type="text"]').setValue('Team meeting')
		await buttonNamed(wrapper, /^Next$/).trigger('click')
		await flushPromises()
		expect(useWizardStore().step).toBe('participants')
		wrapper.unmount()
	})

	it('names the whole numbers to enter next to a number setting, and says plainly when it is empty', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		useWizardStore().goTo('retention')
		await flushPromises()
		const field = wrapper.find('#safe-meeting-setting-fileRetentionDays')
		await field.setValue('400')
		await flushPromises()
		expect(wrapper.text()).toContain('Shared files are kept for (days): enter a whole number from 1 to 90.')
		await field.setValue('')
		await flushPromises()
		expect(wrapper.text()).toContain('Shared files are kept for (days) is empty: enter a whole number from 1 to 90.')
		await field.setValue('2.5')
		await flushPromises()
		expect(wrapper.text()).toContain('Shared files are kept for (days) must be a whole number, without decimals, from 1 to 90.')
		expect(wrapper.text()).not.toContain('{')
		expect(wrapper.text()).not.toContain('between ? and ?')
		wrapper.unmount()
	})

	it('offers only values at least as strict as the threshold and disables the rest', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		useWizardStore().goTo('retention')
		await flushPromises()
		const radios = wrapper.findAll('input[type="radio"][name="safe-meeting-setting-chatExpiry"]')
		expect(radios.map((r) => (r.element as HTMLInputElement).disabled)).toEqual([false, false, false, false, false, true])
		wrapper.unmount()
	})

	it('takes keyboard focus to the first problem and says why it did not move on', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await buttonNamed(wrapper, /^Next$/).trigger('click')
		await flushPromises()
		expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true')
		expect(document.activeElement?.tagName).toBe('INPUT')
		expect(wrapper.find('[role="status"]').text()).toBe('Please correct the marked fields.')
		wrapper.unmount()
	})

	it('keeps a mistyped e-mail address in the field instead of inviting it', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		useWizardStore().goTo('participants')
		await flushPromises()
		const field = wrapper.find('input[type="email"]')
		await field.setValue('not-an-address')
		await field.trigger('keydown', { key: 'Enter' })
		expect(useWizardStore().choices.emails).toEqual([])
		expect((field.element as HTMLInputElement).value).toBe('not-an-address')
		expect(wrapper.text()).toContain('Please enter a valid e-mail address.')
		await field.setValue('guest@example.org')
		await field.trigger('keydown', { key: 'Enter' })
		expect(useWizardStore().choices.emails).toEqual(['guest@example.org'])
		// E-mail guests always use the guest link: the switch shows it and cannot be turned off.
		const toggle = wrapper.findAll('input[type="checkbox"]').at(-1)!
		expect((toggle.element as HTMLInputElement).checked).toBe(true)
		expect((toggle.element as HTMLInputElement).disabled).toBe(true)
		wrapper.unmount()
	})

	it('shows locked settings without letting them be changed, and disallowed values as disabled', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await buttonNamed(wrapper, /Lobby and call/).trigger('click')
		const recording = wrapper.findAll('fieldset').find((f) => f.text().includes('Recording'))!
		expect(recording.text()).toContain('Locked by your organisation.')
		const radios = recording.findAll('input[type="radio"]')
		expect(radios.length).toBe(2)
		expect(radios.every((r) => (r.element as HTMLInputElement).disabled)).toBe(true)

		await buttonNamed(wrapper, /Retention/).trigger('click')
		const expiry = wrapper.findAll('fieldset').find((f) => f.text().includes('Chat messages expire after'))!
		const never = expiry.findAll('input[type="radio"]').find((r) => (r.element as HTMLInputElement).value === '0')!
		expect((never.element as HTMLInputElement).disabled).toBe(true)
		expect(expiry.text()).toContain('(not allowed)')
		wrapper.unmount()
	})

	it('keeps a picked chat expiry as the number of seconds Talk expects', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await buttonNamed(wrapper, /Retention/).trigger('click')
		const expiry = wrapper.findAll('fieldset').find((f) => f.text().includes('Chat messages expire after'))!
		await expiry.findAll('input[type="radio"]').find((r) => (r.element as HTMLInputElement).value === '3600')!.setValue(true)
		expect(useWizardStore().choices.settings.chatExpiry).toBe(3600)
		wrapper.unmount()
	})

	it('moves keyboard focus to the new step heading', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await buttonNamed(wrapper, /Privacy notice/).trigger('click')
		await flushPromises()
		expect(document.activeElement?.textContent?.trim()).toBe('Privacy notice')
		wrapper.unmount()
	})

	it('shows what failed when Talk refuses the room, and keeps the entered data', async () => {
		talk.createRoom.mockRejectedValue(new OcsError(400, 'password', 'The password is too common'))
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const wizard = useWizardStore()
		wizard.choices.title = 'Board meeting'
		wizard.choices.guestLink = true
		wizard.choices.password = 'x'.repeat(24)
		wizard.goTo('review')
		await flushPromises()
		await buttonNamed(wrapper, /Create safe meeting/).trigger('click')
		await flushPromises()
		expect(wrapper.find('[role="alert"]').text()).toContain('The password is too common')
		expect(wrapper.text()).toContain('No conversation was created.')
		expect(wizard.choices.title).toBe('Board meeting')
		expect(register).not.toHaveBeenCalled()
		wrapper.unmount()
	})

	it('emits the new token after a successful creation', async () => {
		talk.createRoom.mockImplementation(async (body) => ({
			status: 201,
			data: { token: 'abcd1234', type: body.roomType, hasPassword: body.roomType === 3, listable: 0, lobbyState: 1, lobbyTimer: 0, messageExpiration: body.messageExpiration, sipEnabled: 0, callRecording: 0, description: body.description },
		}))
		register.mockImplementation(async (token, plan) => ({ id: 1, token, owner: 'alice', createdAt: 1, plan }))
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const wizard = useWizardStore()
		wizard.choices.title = 'Board meeting'
		wizard.goTo('review')
		await flushPromises()
		await buttonNamed(wrapper, /Create safe meeting/).trigger('click')
		await flushPromises()
		expect(wrapper.emitted('created')).toEqual([['abcd1234']])
		expect(talk.createRoom.mock.calls[0]![0]).toMatchObject({ roomType: 2, listable: 0, lobbyState: 1, sipEnabled: 0 })
		wrapper.unmount()
	})
})
