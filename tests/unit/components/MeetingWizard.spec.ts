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
import { saveDraft } from '../../../src/stores/wizardDraft.ts'

const talk = vi.hoisted(() => ({
	createRoom: vi.fn(),
	deleteRoom: vi.fn(),
	scheduleMeeting: vi.fn(),
}))
vi.mock('../../../src/talk/client.ts', () => ({ talkClient: talk }))
const register = vi.hoisted(() => vi.fn())
vi.mock('../../../src/api/meetings.ts', () => ({ meetingsApi: { register, list: vi.fn() } }))

type Wrapper = ReturnType<typeof mount>

function buttonNamed(wrapper: Wrapper, name: RegExp) {
	const button = wrapper.findAll('button').find((b) => name.test(b.text()) || name.test(b.attributes('aria-label') ?? ''))
	if (!button) {
		throw new Error(`no button ${name}`)
	}
	return button
}

/** Types a title and an address without adding it, then clicks the step bar's last step. */
async function typeAddressAndJumpToReview(wrapper: Wrapper, address: string) {
	await wrapper.find('input[type="text"]').setValue('Parents evening')
	await wrapper.find('input[type="email"]').setValue(address)
	await buttonNamed(wrapper, /^3\. Review and create/).trigger('click')
	await flushPromises()
}

async function submit(wrapper: Wrapper) {
	await wrapper.get('form').trigger('submit')
	await flushPromises()
}

/** Talk creates what it is asked for; the registry accepts it. */
function talkAccepts(token = 'abcd1234') {
	talk.createRoom.mockImplementation(async (body) => ({
		status: 201,
		data: { token, type: body.roomType, hasPassword: body.roomType === 3, listable: 0, lobbyState: 1, lobbyTimer: body.lobbyTimer ?? 0, messageExpiration: body.messageExpiration, sipEnabled: 0, callRecording: 0, recordingConsent: 1, description: body.description },
	}))
	register.mockImplementation(async (t, plan) => ({ id: 1, token: t, owner: 'alice', createdAt: 1, plan }))
}

describe('MeetingWizard', () => {
	beforeEach(() => {
		window.sessionStorage.clear()
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})

	it('has three screens: meeting and participants, safety, review and create', () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		expect(wrapper.findAll('nav li').map((li) => li.text())).toEqual(['1. Meeting and participants', '2. Safety', '3. Review and create'])
		wrapper.unmount()
	})

	it('stays on the first screen until the meeting has a title, says why and marks the screen', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		expect(wrapper.text()).not.toContain('Title is required.')
		await submit(wrapper)
		expect(wrapper.text()).toContain('Title is required.')
		expect(useWizardStore().step).toBe('meeting')
		expect(buttonNamed(wrapper, /^1\. Meeting and participants/).attributes('aria-label')).toBe('1. Meeting and participants (needs attention)')
		await wrapper.find('input[type="text"]').setValue('Team meeting')
		await submit(wrapper)
		expect(useWizardStore().step).toBe('safety')
		wrapper.unmount()
	})

	it('marks no screen before the organiser has left one', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const first = () => buttonNamed(wrapper, /^1\. Meeting and participants/)
		expect(first().attributes('data-problems')).toBeUndefined()
		expect(first().attributes('aria-label')).toBeUndefined()
		await buttonNamed(wrapper, /^2\. Safety/).trigger('click')
		await flushPromises()
		expect(useWizardStore().step).toBe('safety')
		expect(first().attributes('aria-label')).toBe('1. Meeting and participants (needs attention)')
		wrapper.unmount()
	})

	it('adds a typed address when the step bar leaves the first screen, as Next does', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await typeAddressAndJumpToReview(wrapper, 'Typed@Example.org')
		const wizard = useWizardStore()
		expect(wizard.step).toBe('review')
		expect(wizard.choices.emails).toEqual(['typed@example.org'])
		expect(wizard.pendingEmail).toBe('')
		expect(wrapper.get('[data-test="password"]').text()).toBe(wizard.choices.password)
		expect(wizard.choices.password.length).toBeGreaterThanOrEqual(wizard.settingValues.passwordMinLength)
		wrapper.unmount()
	})

	it('keeps the organiser at a mistyped address when the step bar would leave it, and says why', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await typeAddressAndJumpToReview(wrapper, 'not-an-address')
		expect(useWizardStore().step).toBe('meeting')
		expect(useWizardStore().choices.emails).toEqual([])
		expect(document.activeElement).toBe(wrapper.find('input[type="email"]').element)
		expect(wrapper.find('[role="status"]').text()).toBe('Please enter a valid e-mail address, or clear the field.')
		wrapper.unmount()
	})

	it('puts the step buttons after the fields and the Next button in the tab order', () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const focusable = [...wrapper.element.querySelectorAll('input, textarea, button')]
		const title = focusable.findIndex((el) => el.tagName === 'INPUT')
		const next = focusable.findIndex((el) => el.textContent?.trim() === 'Next')
		const stepBar = focusable.findIndex((el) => el.closest('nav') !== null)
		expect(title).toBeLessThan(next)
		expect(next).toBeLessThan(stepBar)
		wrapper.unmount()
	})

	it('names the whole numbers to enter next to a number setting, and says plainly when it is empty', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		useWizardStore().goTo('safety')
		await flushPromises()
		await buttonNamed(wrapper, /Change: Shared files are kept for/).trigger('click')
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
		useWizardStore().goTo('safety')
		await flushPromises()
		await buttonNamed(wrapper, /Change: Chat messages expire after/).trigger('click')
		const radios = wrapper.findAll('input[type="radio"][name="safe-meeting-setting-chatExpiry"]')
		expect(radios.map((r) => (r.element as HTMLInputElement).disabled)).toEqual([false, false, false, false, false, true])
		wrapper.unmount()
	})

	it('takes keyboard focus to the first problem and says why it did not move on', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await submit(wrapper)
		expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true')
		expect(document.activeElement?.tagName).toBe('INPUT')
		expect(wrapper.find('[role="status"]').text()).toBe('Please correct the marked fields.')
		wrapper.unmount()
	})

	it('adds a typed but unconfirmed e-mail address on Next, and generates the password at once', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await wrapper.find('input[type="text"]').setValue('Parents evening')
		await wrapper.find('input[type="email"]').setValue('Guest@Example.org')
		await submit(wrapper)
		const wizard = useWizardStore()
		expect(wizard.step).toBe('safety')
		expect(wizard.choices.emails).toEqual(['guest@example.org'])
		expect(wizard.choices.password.length).toBeGreaterThanOrEqual(wizard.settingValues.passwordMinLength)
		wrapper.unmount()
	})

	it('does not move on with a mistyped address, and keeps it in the field with the reason', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await wrapper.find('input[type="text"]').setValue('Parents evening')
		const field = wrapper.find('input[type="email"]')
		await field.setValue('not-an-address')
		await submit(wrapper)
		expect(useWizardStore().step).toBe('meeting')
		expect(useWizardStore().choices.emails).toEqual([])
		expect((field.element as HTMLInputElement).value).toBe('not-an-address')
		expect(wrapper.text()).toContain('Please enter a valid e-mail address, or clear the field.')
		// Enter in the address field adds it; it does not submit the screen.
		await field.setValue('guest@example.org')
		await field.trigger('keydown', { key: 'Enter' })
		expect(useWizardStore().choices.emails).toEqual(['guest@example.org'])
		expect(useWizardStore().step).toBe('meeting')
		// The guest link is no longer a choice: said in readable text, not with a greyed-out switch.
		expect(wrapper.get('[data-test="guest-link-forced"]').text()).toBe('E-mail guests join through the password-protected guest link.')
		expect(wrapper.text()).not.toContain('Create a guest link (protected by a password)')
		wrapper.unmount()
	})

	it('shows every setting as one summary at its safe default, and opens one to change it', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		useWizardStore().goTo('safety')
		await flushPromises()
		const row = (key: string) => wrapper.get(`li[data-setting="${key}"]`)
		expect(row('chatExpiry').text()).toContain('1 week')
		expect(row('recording').text()).toContain('Locked by your organisation.')
		expect(row('recording').find('input').exists()).toBe(false)
		expect(wrapper.findAll('input[type="radio"]')).toHaveLength(0)

		const change = buttonNamed(wrapper, /Change: Chat messages expire after/)
		expect(change.attributes('aria-expanded')).toBe('false')
		await change.trigger('click')
		expect(change.attributes('aria-expanded')).toBe('true')
		await row('chatExpiry').findAll('input[type="radio"]').find((r) => (r.element as HTMLInputElement).value === '3600')!.setValue(true)
		expect(useWizardStore().choices.settings.chatExpiry).toBe(3600)
		expect(row('chatExpiry').get('.safety__value').text()).toBe('1 hour')
		wrapper.unmount()
	})

	it('shows the guest password on the review with a copy button', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const wizard = useWizardStore()
		wizard.choices.title = 'Board meeting'
		wizard.choices.guestLink = true
		await flushPromises()
		wizard.goTo('review')
		await flushPromises()
		expect(wrapper.get('[data-test="password"]').text()).toBe(wizard.choices.password)
		expect(buttonNamed(wrapper, /^Copy password$/).exists()).toBe(true)
		wrapper.unmount()
	})

	it('shows a missing server feature on the first screen, with who can fix it', async () => {
		const capabilities = document.getElementById('initial-state-core-capabilities') as HTMLInputElement
		const saved = capabilities.value
		// @nextcloud/initial-state remembers what it read: forget the capabilities before and after.
		const remembered = () => (window as { _nc_initial_state?: Map<string, unknown> })._nc_initial_state
		remembered()?.delete('#initial-state-core-capabilities')
		capabilities.value = btoa(JSON.stringify({ spreed: { features: ['conversation-creation-all', 'webinary-lobby', 'room-description', 'recording-consent', 'schedule-meeting'] } }))
		try {
			const wrapper = mount(MeetingWizard, { attachTo: document.body })
			const card = wrapper.get('[data-feature="message-expiration"]')
			expect(card.text()).toContain('This server cannot guarantee that chat messages expire')
			expect(card.text()).toContain('Your administrator can fix this: run Nextcloud\'s background jobs with cron.')
			wrapper.unmount()
		} finally {
			capabilities.value = saved
			remembered()?.delete('#initial-state-core-capabilities')
		}
	})

	it('shows what failed when Talk refuses the room, and keeps the entered data', async () => {
		talk.createRoom.mockRejectedValue(new OcsError(400, 'password', 'The password is too common'))
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const wizard = useWizardStore()
		wizard.choices.title = 'Board meeting'
		wizard.choices.guestLink = true
		await flushPromises()
		wizard.goTo('review')
		await flushPromises()
		await submit(wrapper)
		expect(wrapper.find('[role="alert"]').text()).toContain('The password is too common')
		expect(wrapper.text()).toContain('No conversation was created.')
		expect(wizard.choices.title).toBe('Board meeting')
		expect(register).not.toHaveBeenCalled()
		wrapper.unmount()
	})

	it('names a room it could not delete by its title with a link, and deletes it before trying again', async () => {
		talkAccepts('left1234')
		register.mockRejectedValueOnce(new OcsError(500, '', ''))
		talk.deleteRoom.mockRejectedValueOnce(new OcsError(0, 'network', '')).mockResolvedValue(undefined)
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const wizard = useWizardStore()
		wizard.choices.title = 'R&D review'
		wizard.goTo('review')
		await flushPromises()
		await submit(wrapper)
		expect(wrapper.text()).toContain('The conversation "R&D review" could not be deleted again.')
		expect(wrapper.get('a[href="/index.php/call/left1234"]').text()).toBe('Open "R&D review" in Talk to delete it')

		talkAccepts('next5678')
		await submit(wrapper)
		expect(talk.deleteRoom).toHaveBeenLastCalledWith('left1234')
		expect(talk.createRoom).toHaveBeenCalledTimes(2)
		expect(wizard.created?.token).toBe('next5678')
		wrapper.unmount()
	})

	it('leaves with the invitation and the password, and only after the organiser confirms having the password', async () => {
		talkAccepts()
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		const wizard = useWizardStore()
		wizard.choices.title = 'Board meeting'
		wizard.choices.emails = ['guest@example.org']
		await flushPromises()
		const password = wizard.choices.password
		wizard.goTo('review')
		await flushPromises()
		await submit(wrapper)

		expect(wrapper.text()).toContain('The safe meeting was created.')
		expect(wrapper.get('[data-test="password"]').text()).toBe(password)
		const invitation = wrapper.get('[data-test="invitation"]').text()
		expect(invitation).toContain('Board meeting')
		expect(invitation).toContain('/apps/safe_meeting/m/abcd1234')
		expect(invitation).not.toContain(password)
		expect(window.sessionStorage.length).toBe(0)
		const done = buttonNamed(wrapper, /^Done$/)
		expect(done.attributes('disabled')).toBeDefined()
		await wrapper.get('input[type="checkbox"]').setValue(true)
		expect(done.attributes('disabled')).toBeUndefined()
		await done.trigger('click')
		expect(wrapper.emitted('created')).toEqual([['abcd1234']])
		expect(wizard.created).toBeNull()
		wrapper.unmount()
	})

	it('asks before the success screen is left while the password is unconfirmed, and keeps the page from closing', async () => {
		talkAccepts()
		const onCreated = vi.fn()
		const wrapper = mount(MeetingWizard, { attachTo: document.body, props: { onCreated } })
		const wizard = useWizardStore()
		wizard.choices.title = 'Board meeting'
		wizard.choices.emails = ['guest@example.org']
		await flushPromises()
		wizard.goTo('review')
		await flushPromises()
		await submit(wrapper)
		const vm = wrapper.vm as unknown as { passwordAtRisk: boolean, askToLeave: () => Promise<boolean> }
		expect(vm.passwordAtRisk).toBe(true)
		const unload = new Event('beforeunload', { cancelable: true })
		window.dispatchEvent(unload)
		expect(unload.defaultPrevented).toBe(true)

		const dialogButton = (name: string) => vi.waitFor(() => {
			const button = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent?.trim() === name)
			expect(button).toBeDefined()
			return button!
		}, { timeout: 5000 })
		const stay = vm.askToLeave()
		expect(document.body.textContent).not.toContain('You have not confirmed')
		;(await dialogButton('Stay')).click()
		expect(await stay).toBe(false)
		expect(wizard.created).not.toBeNull()

		const leave = vm.askToLeave()
		;(await dialogButton('Leave anyway')).click()
		expect(await leave).toBe(true)

		await wrapper.get('input[type="checkbox"]').setValue(true)
		expect(vm.passwordAtRisk).toBe(false)
		expect(await vm.askToLeave()).toBe(true)
		const confirmedUnload = new Event('beforeunload', { cancelable: true })
		window.dispatchEvent(confirmedUnload)
		expect(confirmedUnload.defaultPrevented).toBe(false)
		// Once left, the created meeting and its password are gone from memory, and the list shows the meeting.
		wrapper.unmount()
		expect(wizard.created).toBeNull()
		expect(onCreated).toHaveBeenCalledWith('abcd1234')
	})

	it('says on the review that a reload replaced the password, only when there are guests', async () => {
		const draft = { step: 'review', choices: { title: 'Board meeting', description: '', start: 1893456000, end: 1893459600, users: [], emails: ['guest@example.org'], guestLink: true, settings: {} }, userLabels: {}, pendingEmail: '' }
		saveDraft(draft as never)
		setActivePinia(createPinia())
		const reloaded = mount(MeetingWizard, { attachTo: document.body })
		await flushPromises()
		expect(reloaded.get('[data-test="password-renewed"]').text()).toBe('The page was reloaded, so a new guest password was generated. A password you copied before is no longer valid.')
		reloaded.unmount()

		saveDraft({ ...draft, choices: { ...draft.choices, emails: [], guestLink: false } } as never)
		setActivePinia(createPinia())
		const withoutGuests = mount(MeetingWizard, { attachTo: document.body })
		await flushPromises()
		expect(withoutGuests.find('[data-test="password-renewed"]').exists()).toBe(false)
		withoutGuests.unmount()

		window.sessionStorage.clear()
		setActivePinia(createPinia())
		const fresh = mount(MeetingWizard, { attachTo: document.body })
		useWizardStore().choices.guestLink = true
		useWizardStore().goTo('review')
		await flushPromises()
		expect(fresh.find('[data-test="password"]').exists()).toBe(true)
		expect(fresh.find('[data-test="password-renewed"]').exists()).toBe(false)
		fresh.unmount()
	})

	it('names the privacy notice button after what it does now', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		useWizardStore().goTo('safety')
		await flushPromises()
		const button = wrapper.get('li[data-setting="privacyNotice"] button')
		expect(button.attributes('aria-label')).toBe('Show the privacy notice')
		await button.trigger('click')
		expect(button.attributes('aria-label')).toBe('Hide the privacy notice')
		expect(button.text()).toBe('Hide')
		wrapper.unmount()
	})

	it('keeps the draft, but never the password, in the tab\'s session storage', async () => {
		const wrapper = mount(MeetingWizard, { attachTo: document.body })
		await wrapper.find('input[type="text"]').setValue('Draft meeting')
		useWizardStore().choices.guestLink = true
		await flushPromises()
		const password = useWizardStore().choices.password
		expect(password).not.toBe('')
		wrapper.unmount()

		expect(JSON.stringify(Object.values(window.sessionStorage))).toContain('Draft meeting')
		expect(JSON.stringify(Object.values(window.sessionStorage))).not.toContain(password)
		setActivePinia(createPinia())
		expect(useWizardStore().choices.title).toBe('Draft meeting')
		expect(useWizardStore().choices.password).toBe('')
	})
})
