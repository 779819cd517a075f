import type { MeetingChoices } from '../policy/plan.ts'
import type { PlanResult } from '../policy/planMeeting.ts'
import type { SettingKey, SettingValues } from '../policy/settings.ts'
import type { Violation } from '../policy/types.ts'
import type { CreationStep } from '../services/createSafeMeeting.ts'
import type { CreationFailure } from '../services/describeCreationFailure.ts'
import type { MissingFeature } from '../talk/capabilities.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The wizard: three screens (meeting and participants, safety, review), then what the organiser
 * needs to send the invitation and the password. The draft survives a reload (wizardDraft.ts),
 * the password never leaves this store.
 */
import { getCurrentUser } from '@nextcloud/auth'
import { loadState } from '@nextcloud/initial-state'
import { t } from '@nextcloud/l10n'
import { defineStore } from 'pinia'
import { meetingsApi } from '../api/meetings.ts'
import { composeDescription } from '../policy/description.ts'
import { isEmailAddress, planMeeting, talkSettings } from '../policy/planMeeting.ts'
import { SETTING_KEYS } from '../policy/settings.ts'
import { calendarAttendeeIds, calendarEventBody, NO_CALENDAR, startsLateEnoughForCalendar } from '../services/calendarEvent.ts'
import { createSafeMeeting } from '../services/createSafeMeeting.ts'
import { describeCreationFailure } from '../services/describeCreationFailure.ts'
import { generatePassword } from '../services/generatePassword.ts'
import { invitationText } from '../services/invitation.ts'
import { missingFeatures, readTalkFeatures } from '../talk/capabilities.ts'
import { talkClient } from '../talk/client.ts'
import { describeTalkError } from '../talk/errors.ts'
import { meetingLink } from '../utils/meetingLinks.ts'
import { usePolicyStore } from './policy.ts'
import { clearDraft, loadDraft } from './wizardDraft.ts'

export const WIZARD_STEPS = ['meeting', 'safety', 'review'] as const
export type WizardStep = typeof WIZARD_STEPS[number]

/** Settings of the safety screen: every policy setting but guest access, which the participants decide. */
export const SAFETY_SETTINGS = SETTING_KEYS.filter((key) => key !== 'guestAccess') as SettingKey[]

/** Which plan fields each screen edits, so a screen only shows (and is blocked by) its own problems. */
export const STEP_FIELDS: Record<WizardStep, string[]> = {
	meeting: ['title', 'description', 'start', 'end', 'users', 'emails', 'guestAccess'],
	safety: [...SAFETY_SETTINGS, 'password', 'privacyNotice'],
	review: [],
}

/** Where Talk puts the meeting for the organiser, when it can; 'pending' while it is at work. */
export type CalendarOutcome = { state: 'added', calendar: string, invitedUsers: number } | { state: 'failed', reason: string } | { state: 'pending' } | { state: 'skipped' }

/** What the organiser leaves with: the password stays here until they confirm they have it. */
export interface CreatedMeeting {
	token: string
	title: string
	start: number
	end: number
	/** '' when the meeting has no guests. */
	password: string
	invitation: string
	calendar: CalendarOutcome
}

const now = () => Math.floor(Date.now() / 1000)
/** The password being generated: whoever needs it waits for this one instead of making a second. */
let passwordInFlight: Promise<void> | null = null

function nextFullHour(offsetHours: number): number {
	const date = new Date()
	date.setMinutes(0, 0, 0)
	return Math.floor(date.getTime() / 1000) + (offsetHours + 1) * 3600
}

function initialChoices(defaults: SettingValues): MeetingChoices {
	return {
		title: '',
		description: '',
		start: nextFullHour(0),
		end: nextFullHour(1),
		users: [],
		emails: [],
		guestLink: false,
		password: '',
		settings: { ...defaults },
	}
}

function defaultValues(): SettingValues {
	const policy = usePolicyStore().policy
	return Object.fromEntries(SETTING_KEYS.map((key) => [key, policy.settings[key].default])) as unknown as SettingValues
}

export const useWizardStore = defineStore('wizard', {
	state: () => {
		const draft = loadDraft()
		return {
			step: (WIZARD_STEPS as readonly string[]).includes(draft?.step ?? '') ? draft!.step as WizardStep : 'meeting' as WizardStep,
			choices: draft === null ? initialChoices(defaultValues()) : { ...draft.choices, password: '' } as MeetingChoices,
			/** User ids with display names, for the picker. */
			userLabels: draft?.userLabels ?? {} as Record<string, string>,
			/** An e-mail address typed into the field but not added yet. */
			pendingEmail: draft?.pendingEmail ?? '',
			/** Why the pending address could not be added (translated), '' when it could. */
			pendingEmailError: '',
			/** Fields whose problems are shown: edited ones, and all of a screen the organiser tried to leave. */
			touched: [] as string[],
			/** Screens the organiser has left or tried to leave: problems there are marked in the step bar. */
			leftSteps: [] as WizardStep[],
			/** The page was loaded again with guests: the password shown before is gone, a new one is made. */
			passwordRenewed: draft !== null && (draft.choices.guestLink || draft.choices.emails.length > 0),
			/** Whether Talk should put the meeting into a calendar, and which (its URI). */
			calendarUri: '',
			creating: false,
			creationStep: null as CreationStep | null,
			failure: null as CreationFailure | null,
			/** A room a failed creation could not delete: removed before a retry, so no two rooms share the name. */
			leftoverToken: null as string | null,
			created: null as CreatedMeeting | null,
		}
	},
	getters: {
		result(state): PlanResult {
			return planMeeting(usePolicyStore().policy, state.choices, now())
		},
		violations(): Violation[] {
			return this.result.ok ? [] : this.result.violations
		},
		hasGuests(state): boolean {
			return state.choices.guestLink || state.choices.emails.length > 0
		},
		/** Each setting's value as it will be: the organiser's pick or the policy's default. */
		settingValues(state): SettingValues {
			return { ...defaultValues(), ...state.choices.settings, guestAccess: this.hasGuests ? 'password' : 'none' } as SettingValues
		},
		/**
		 * What this server cannot guarantee for the meeting as it stands, known from the first screen on
		 * (the plan itself may still be incomplete).
		 */
		missingFeatures(state): MissingFeature[] {
			const settings = this.settingValues
			const description = composeDescription(state.choices.description.trim(), usePolicyStore().policy.privacyNotice)
			return missingFeatures({ settings, description, talk: talkSettings(settings, state.choices.start) }, readTalkFeatures())
		},
		/**
		 * The safety screen's settings that matter for this meeting: a timed lock's minutes only when
		 * timed; a password's length and the guests' window only with guests.
		 */
		safetySettings(): SettingKey[] {
			const values = this.settingValues
			return SAFETY_SETTINGS.filter((key) => {
				if (key === 'autoLockMinutes') {
					return values.autoLock === 'minutes-after-start'
				}
				return key === 'passwordMinLength' || key === 'guestWindowMinutes' ? this.hasGuests : true
			})
		},
		/** Whether anything was entered that a reload or leaving would lose. */
		hasDraft(state): boolean {
			return state.choices.title.trim() !== '' || state.choices.users.length > 0 || state.choices.emails.length > 0 || state.pendingEmail.trim() !== ''
		},
	},
	actions: {
		violationsFor(step: WizardStep): Violation[] {
			const fields = step === 'review' ? null : STEP_FIELDS[step]
			return this.violations.filter((v) => fields === null || fields.includes(v.field.split('.')[0]!))
		},
		/**
		 * The step bar marks a screen with problems: what the server lacks at once (nothing the organiser
		 * types fixes it), what was entered once the organiser has left the screen (or tried to).
		 */
		hasProblems(step: WizardStep): boolean {
			if (step === 'meeting' && this.missingFeatures.length > 0) {
				return true
			}
			const pending = step === 'meeting' && this.pendingEmailError !== ''
			return this.leftSteps.includes(step) && (pending || this.violationsFor(step).length > 0)
		},
		goTo(step: WizardStep) {
			if (step !== this.step) {
				this.markLeft(this.step)
			}
			this.step = step
		},
		markLeft(step: WizardStep) {
			if (!this.leftSteps.includes(step)) {
				this.leftSteps.push(step)
			}
		},
		touch(field: string) {
			if (!this.touched.includes(field)) {
				this.touched.push(field)
			}
		},
		/**
		 * Adds the typed address as a guest; returns whether the field is empty now. A wrong address
		 * stays in the field with a reason, so it is never dropped unnoticed.
		 */
		addPendingEmail(): boolean {
			const value = this.pendingEmail.trim().toLowerCase()
			if (value === '') {
				this.pendingEmailError = ''
				return true
			}
			if (!isEmailAddress(value)) {
				this.pendingEmailError = t('safe_meeting', 'Please enter a valid e-mail address, or clear the field.')
				return false
			}
			this.pendingEmailError = ''
			this.touch('emails')
			this.touch('guestAccess')
			if (!this.choices.emails.includes(value)) {
				this.choices.emails.push(value)
			}
			this.pendingEmail = ''
			return true
		},
		/**
		 * Tries to leave a screen: a typed address is added first; returns whether the screen is
		 * complete, and shows its problems if not.
		 */
		attemptLeave(step: WizardStep): boolean {
			const pendingAdded = step !== 'meeting' || this.addPendingEmail()
			this.markLeft(step)
			STEP_FIELDS[step].forEach((field) => this.touch(field))
			return pendingAdded && this.violationsFor(step).length === 0
		},
		/** A guest needs a password from the moment there is one, at the length the plan asks for. */
		async ensurePassword() {
			if (passwordInFlight === null && this.hasGuests && this.choices.password.length < this.settingValues.passwordMinLength) {
				passwordInFlight = this.regeneratePassword().finally(() => {
					passwordInFlight = null
				})
			}
			await passwordInFlight
		},
		async regeneratePassword() {
			this.choices.password = await generatePassword(this.settingValues.passwordMinLength)
		},
		/** Starts over: a new draft, nothing kept (the password was never stored). */
		discard() {
			clearDraft()
			this.$reset()
		},
		/**
		 * Creates the meeting; once it exists the draft is gone (a reload cannot make a second one)
		 * and the success screen shows, then the calendar follows as its own step that only warns.
		 */
		async create(): Promise<boolean> {
			const result = this.result
			if (!result.ok) {
				return false
			}
			const plan = result.plan
			const wantsCalendar = this.calendarUri !== '' && this.calendarUri !== NO_CALENDAR && readTalkFeatures().features.includes('schedule-meeting')
			this.creating = true
			this.failure = null
			try {
				if (!await this.removeLeftover()) {
					return false
				}
				const { token } = await createSafeMeeting(plan, this.choices.password, {
					talk: talkClient,
					meetings: meetingsApi,
					features: readTalkFeatures(),
					botId: loadState<number | null>('safe_meeting', 'botId', null),
					now,
					onStep: (step) => { this.creationStep = step },
				})
				const hasPassword = plan.talk.roomType === 3
				this.created = {
					token,
					title: plan.title,
					start: plan.start,
					end: plan.end,
					password: hasPassword ? this.choices.password : '',
					invitation: invitationText({ title: plan.title, start: plan.start, end: plan.end, meetingLink: meetingLink(token), privacyNoticeUrl: plan.privacyNotice.url, hasPassword }),
					calendar: { state: wantsCalendar ? 'pending' : 'skipped' },
				}
				clearDraft()
			} catch (error) {
				this.failure = describeCreationFailure(error, plan.title)
				this.leftoverToken = this.failure.leftover?.token ?? null
				return false
			} finally {
				this.creating = false
				this.creationStep = null
			}
			if (wantsCalendar) {
				await this.addToCalendar(this.created, plan.participants.users.length > 0)
			}
			return true
		},
		/** Deletes the room a failed attempt left behind; false (with the reason shown) while it cannot. */
		async removeLeftover(): Promise<boolean> {
			if (this.leftoverToken === null) {
				return true
			}
			try {
				await talkClient.deleteRoom(this.leftoverToken)
				this.leftoverToken = null
				return true
			} catch (error) {
				this.failure = describeCreationFailure(error, this.choices.title.trim(), this.leftoverToken)
				return false
			}
		},
		/** The meeting is safe whatever happens here: a calendar problem is reported, never rolled back. */
		async addToCalendar(meeting: CreatedMeeting, withUsers: boolean): Promise<void> {
			const calendarUri = this.calendarUri
			let outcome: CalendarOutcome
			if (!startsLateEnoughForCalendar(meeting.start, now())) {
				// Talk would refuse it: the start has come while the organiser was on the review.
				outcome = { state: 'failed', reason: t('safe_meeting', 'The meeting starts now, and Talk only puts meetings into a calendar before they start.') }
			} else {
				try {
					// One participants request, and only when users were invited: createRoom's answer has no
					// attendee ids, and without users the organiser alone gets the event ([]).
					const attendeeIds = withUsers ? calendarAttendeeIds(await talkClient.getParticipants(meeting.token), getCurrentUser()?.uid ?? '') : []
					await talkClient.scheduleMeeting(meeting.token, calendarEventBody(meeting, calendarUri, meeting.invitation, attendeeIds))
					outcome = { state: 'added', calendar: calendarUri, invitedUsers: attendeeIds.length }
				} catch (error) {
					outcome = { state: 'failed', reason: describeTalkError(error) }
				}
			}
			// The organiser may have left the success screen meanwhile.
			if (this.created?.token === meeting.token) {
				this.created.calendar = outcome
			}
		},
	},
})
