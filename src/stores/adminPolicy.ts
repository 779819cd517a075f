/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The organisation policy as the admin edits it: the saved policy, the draft, and saving with rollback
 * semantics (the saved policy only changes when the server accepted the draft; the draft is never lost).
 */

import type { MigrationChange } from '../policy/migratePolicy.ts'
import type { SettingKey } from '../policy/settings.ts'
import type { GroupRule, OrganisationPolicy, PrivacyNotice, SettingRule, Violation } from '../policy/types.ts'

import { loadState } from '@nextcloud/initial-state'
import { defineStore } from 'pinia'
import { OcsError } from '../api/ocs.ts'
import { policyApi } from '../api/policy.ts'
import { defaultPolicy } from '../policy/defaultPolicy.ts'
import { validatePolicy } from '../policy/validatePolicy.ts'
import { confirmPassword } from '../services/confirmPassword.ts'

/** A rule of any setting, for editors that handle every kind. */
export type AnyRule = SettingRule<string | number>

/** What the conversion of a policy stored before thresholds changed (lib/Service/PolicyService). */
export interface PolicyMigrationReport {
	migratedAt: number
	changes: MigrationChange[]
}

/** A field problem the server reported on a 400 (its `message` is already translated). */
export interface ServerViolation {
	field: string
	code: string
	message: string
}

/** Why the last save failed; the view turns it into a sentence. */
export interface SaveFailure {
	kind: 'password' | 'invalid' | 'forbidden' | 'network' | 'server'
	status: number
	/** The server's own translated message, '' when it sent none. */
	message: string
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/**
 * JSON with sorted object keys, so two policies compare equal whatever order their keys were added in.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
			return inner
		}
		const record = inner as Record<string, unknown>
		return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]))
	})
}

function serverViolations(data: unknown): ServerViolation[] {
	const list = (typeof data === 'object' && data !== null ? (data as { violations?: unknown }).violations : undefined)
	if (!Array.isArray(list)) {
		return []
	}
	return list.filter((item): item is ServerViolation => typeof item === 'object' && item !== null
		&& typeof (item as ServerViolation).field === 'string' && typeof (item as ServerViolation).message === 'string')
		.map(({ field, code, message }) => ({ field, code: String(code ?? ''), message }))
}

export const useAdminPolicyStore = defineStore('adminPolicy', {
	state: () => ({
		/** The policy as last stored on the server (or delivered with the page). */
		saved: defaultPolicy() as OrganisationPolicy,
		/** What the admin is editing; becomes `saved` only when the server accepted it. */
		draft: defaultPolicy() as OrganisationPolicy,
		loaded: false,
		/** The stored policy could not be read; the built-in one is shown instead. */
		loadFailed: false,
		saving: false,
		saveFailure: null as SaveFailure | null,
		/** Field problems from the last refused save; kept until the next save attempt. */
		serverViolations: [] as ServerViolation[],
		/** The server converted a policy stored before thresholds; shown until an admin dismisses it. */
		migration: null as PolicyMigrationReport | null,
		dismissFailed: false,
	}),
	getters: {
		dirty: (state): boolean => canonicalJson(state.draft) !== canonicalJson(state.saved),
		/**
		 * The draft as plain JSON data (what would be sent), for the policy engine, which clones its input.
		 */
		plainDraft: (state): OrganisationPolicy => clone(state.draft),
		/** Every problem of the draft, found by the same engine the server uses. */
		violations(): Violation[] {
			const result = validatePolicy(this.plainDraft)
			return result.ok ? [] : result.violations
		},
		valid(): boolean {
			return this.violations.length === 0
		},
		canSave(): boolean {
			return this.loaded && !this.saving && this.valid && this.dirty
		},
		/**
		 * Groups that have a rule, in rule order.
		 */
		ruleGroups: (state): string[] => state.draft.groupRules.map((rule) => rule.group),
	},
	actions: {
		/**
		 * Starts editing `policy` as the saved state.
		 */
		init(policy: OrganisationPolicy) {
			this.saved = clone(policy)
			this.draft = clone(policy)
			this.loaded = true
			this.saveFailure = null
			this.serverViolations = []
		},

		/** The policy delivered with the page, else the one the API returns, else the built-in safe policy. */
		async load() {
			const delivered = loadState<OrganisationPolicy | null>('safe_meeting', 'organisationPolicy', null)
			this.migration = loadState<PolicyMigrationReport | null>('safe_meeting', 'policyMigration', null) ?? null
			if (delivered !== null) {
				this.init(delivered)
				return
			}
			try {
				this.init(await policyApi.get())
				this.loadFailed = false
			} catch {
				this.init(defaultPolicy())
				this.loadFailed = true
			}
		},

		updateSetting(key: SettingKey, rule: AnyRule) {
			(this.draft.settings as Record<SettingKey, AnyRule>)[key] = rule
		},

		updateNotice(field: keyof PrivacyNotice, value: string) {
			this.draft.privacyNotice[field] = value
		},

		/**
		 * Adds an empty rule for each group that has none yet; returns the groups added.
		 */
		addGroupRules(groups: string[]): string[] {
			const added = groups.filter((group, index) => group.trim() !== '' && groups.indexOf(group) === index && !this.ruleGroups.includes(group))
			for (const group of added) {
				this.draft.groupRules.push({ group, settings: {} })
			}
			return added
		},

		removeGroupRule(index: number) {
			this.draft.groupRules.splice(index, 1)
		},

		/**
		 * Makes a group rule tighten `key` (starting from the organisation's rule) or stop tightening it.
		 */
		setTightened(index: number, key: SettingKey, on: boolean) {
			const rule = this.draft.groupRules[index]
			if (rule === undefined) {
				return
			}
			const settings = rule.settings as Partial<Record<SettingKey, AnyRule>>
			if (on && settings[key] === undefined) {
				settings[key] = clone(this.draft.settings[key] as AnyRule)
			} else if (!on) {
				delete settings[key]
			}
		},

		updateGroupSetting(index: number, key: SettingKey, value: AnyRule) {
			const rule: GroupRule | undefined = this.draft.groupRules[index]
			if (rule !== undefined) {
				(rule.settings as Partial<Record<SettingKey, AnyRule>>)[key] = value
			}
		},

		/** The admin has read the conversion report: it is removed for every admin. */
		async dismissMigration(): Promise<void> {
			this.dismissFailed = false
			try {
				await policyApi.dismissMigration()
				this.migration = null
			} catch {
				this.dismissFailed = true
			}
		},

		/** Throws the draft away and edits the saved policy again. */
		discard() {
			this.draft = clone(this.saved)
			this.serverViolations = []
			this.saveFailure = null
		},

		/** Replaces the draft with the built-in safe policy; nothing is stored until the admin saves. */
		resetToDefault() {
			this.draft = defaultPolicy()
			this.serverViolations = []
			this.saveFailure = null
		},

		/**
		 * Confirms the admin's password, then stores the draft. On success the stored policy becomes the saved
		 * state; on any failure the saved state stays as it was and the draft is kept for another try.
		 */
		async save(): Promise<boolean> {
			if (!this.canSave) {
				return false
			}
			this.saving = true
			this.saveFailure = null
			this.serverViolations = []
			const submitted = clone(this.draft)
			try {
				try {
					await confirmPassword()
				} catch {
					this.saveFailure = { kind: 'password', status: 0, message: '' }
					return false
				}
				const stored = await policyApi.save(submitted)
				const accepted = validatePolicy(stored).ok ? stored : submitted
				this.saved = clone(accepted)
				// Edits made while the request ran stay in the draft.
				if (canonicalJson(this.draft) === canonicalJson(submitted)) {
					this.draft = clone(accepted)
				}
				return true
			} catch (error) {
				this.saveFailure = toSaveFailure(error)
				if (error instanceof OcsError && error.status === 400) {
					this.serverViolations = serverViolations(error.data)
				}
				return false
			} finally {
				this.saving = false
			}
		},
	},
})

function toSaveFailure(error: unknown): SaveFailure {
	if (!(error instanceof OcsError)) {
		return { kind: 'server', status: 0, message: '' }
	}
	const kind: SaveFailure['kind'] = error.status === 0
		? 'network'
		: error.status === 400 ? 'invalid' : error.status === 401 || error.status === 403 ? 'forbidden' : 'server'
	return { kind, status: error.status, message: error.hint }
}
