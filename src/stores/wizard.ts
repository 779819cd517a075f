import type { Meeting } from '../api/types.ts'
import type { MeetingChoices } from '../policy/plan.ts'
import type { PlanResult } from '../policy/planMeeting.ts'
import type { SettingKey, SettingValues } from '../policy/settings.ts'
import type { Violation } from '../policy/types.ts'
import type { CreationStep } from '../services/createSafeMeeting.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { loadState } from '@nextcloud/initial-state'
import { defineStore } from 'pinia'
import { meetingsApi } from '../api/meetings.ts'
import { planMeeting } from '../policy/planMeeting.ts'
import { SETTING_KEYS } from '../policy/settings.ts'
import { createSafeMeeting } from '../services/createSafeMeeting.ts'
import { describeCreationFailure } from '../services/describeCreationFailure.ts'
import { generatePassword } from '../services/generatePassword.ts'
import { readTalkFeatures } from '../talk/capabilities.ts'
import { talkClient } from '../talk/client.ts'
import { usePolicyStore } from './policy.ts'

export const WIZARD_STEPS = ['meeting', 'participants', 'access', 'lobby', 'retention', 'privacy', 'review'] as const
export type WizardStep = typeof WIZARD_STEPS[number]

/** The policy settings a step lets the creator pick, in the order shown. */
export const STEP_SETTINGS = {
	lobby: ['lobby', 'guestWindowMinutes', 'autoLock', 'autoLockMinutes', 'recording', 'sipDialIn', 'bots'],
	retention: ['chatExpiry', 'fileRetentionDays', 'meetingRetentionDays'],
	privacy: ['requirePrivacyNotice'],
} satisfies Partial<Record<WizardStep, SettingKey[]>>

/** Which plan fields each step edits, so a step only shows (and is blocked by) its own problems. */
export const STEP_FIELDS: Record<WizardStep, string[]> = {
	meeting: ['title', 'description', 'start', 'end'],
	participants: ['emails', 'guestAccess'],
	access: ['password', 'passwordMinLength'],
	lobby: STEP_SETTINGS.lobby,
	retention: STEP_SETTINGS.retention,
	privacy: ['privacyNotice', ...STEP_SETTINGS.privacy],
	review: [],
}

const now = () => Math.floor(Date.now() / 1000)

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

export const useWizardStore = defineStore('wizard', {
	state: () => {
		const policy = usePolicyStore().policy
		const defaults = Object.fromEntries(SETTING_KEYS.map((key) => [key, policy.settings[key].default])) as unknown as SettingValues
		return {
			step: 'meeting' as WizardStep,
			choices: initialChoices(defaults),
			/** User ids with display names, for the picker. */
			userLabels: {} as Record<string, string>,
			/** Fields whose problems are shown: edited ones, and all of a step the creator tried to leave. */
			touched: [] as string[],
			creating: false,
			creationStep: null as CreationStep | null,
			error: '' as string,
			created: null as Meeting | null,
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
	},
	actions: {
		violationsFor(step: WizardStep): Violation[] {
			const fields = step === 'review' ? null : STEP_FIELDS[step]
			return this.violations.filter((v) => fields === null || fields.includes(v.field.split('.')[0]!))
		},
		goTo(step: WizardStep) {
			this.step = step
		},
		touch(field: string) {
			if (!this.touched.includes(field)) {
				this.touched.push(field)
			}
		},
		/**
		 * Tries to leave a step: returns whether it is complete, and shows its problems if not.
		 */
		attemptLeave(step: WizardStep): boolean {
			STEP_FIELDS[step].forEach((field) => this.touch(field))
			return this.violationsFor(step).length === 0
		},
		async ensurePassword() {
			if (this.hasGuests && this.choices.password === '') {
				await this.regeneratePassword()
			}
		},
		async regeneratePassword() {
			const minLength = this.choices.settings.passwordMinLength ?? usePolicyStore().policy.settings.passwordMinLength.default
			this.choices.password = await generatePassword(minLength)
		},
		async create(): Promise<boolean> {
			const result = this.result
			if (!result.ok) {
				return false
			}
			this.creating = true
			this.error = ''
			try {
				const { meeting } = await createSafeMeeting(result.plan, this.choices.password, {
					talk: talkClient,
					meetings: meetingsApi,
					features: readTalkFeatures(),
					botId: loadState<number | null>('safe_meeting', 'botId', null),
					now,
					onStep: (step) => { this.creationStep = step },
				})
				this.created = meeting
				return true
			} catch (error) {
				this.error = describeCreationFailure(error)
				return false
			} finally {
				this.creating = false
				this.creationStep = null
			}
		},
	},
})
