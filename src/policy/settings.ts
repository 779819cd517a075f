/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The catalogue of policy settings (design.md §5). Every rule elsewhere is derived from this table,
 * and lib/Policy/Settings.php mirrors it for the server; tests/fixtures/policy keeps both honest.
 */

/** A setting whose values form an ordered list, strictest first. */
export interface ChoiceSetting<V extends string | number> {
	kind: 'choice'
	/** Every value the setting knows, from the strictest to the weakest. */
	values: readonly V[]
}

/** A whole number inside hard bounds; `stricter` says which direction is safer. */
export interface RangeSetting {
	kind: 'range'
	bounds: { min: number, max: number }
	stricter: 'lower' | 'higher'
}

export const GUEST_ACCESS = ['none', 'password'] as const
export const LOBBY = ['moderated', 'until-start'] as const
export const AUTO_LOCK = ['when-all-joined', 'minutes-after-start', 'off'] as const
export const RECORDING = ['blocked', 'with-consent'] as const
export const SIP_DIAL_IN = ['off', 'allowed'] as const
export const BOTS = ['off', 'allowed'] as const
export const REQUIRE_PRIVACY_NOTICE = ['required', 'optional'] as const
/** Chat expiry in seconds: the steps Talk's own UI offers, shortest (strictest) first, 0 = never. */
export const CHAT_EXPIRY = [3600, 28800, 86400, 604800, 2419200, 0] as const

export type GuestAccess = typeof GUEST_ACCESS[number]
export type Lobby = typeof LOBBY[number]
export type AutoLock = typeof AUTO_LOCK[number]
export type Recording = typeof RECORDING[number]
export type SipDialIn = typeof SIP_DIAL_IN[number]
export type ChatExpiry = typeof CHAT_EXPIRY[number]
export type Bots = typeof BOTS[number]
export type RequirePrivacyNotice = typeof REQUIRE_PRIVACY_NOTICE[number]

export const SETTINGS = {
	guestAccess: { kind: 'choice', values: GUEST_ACCESS } as ChoiceSetting<GuestAccess>,
	passwordMinLength: { kind: 'range', bounds: { min: 8, max: 128 }, stricter: 'higher' } as RangeSetting,
	lobby: { kind: 'choice', values: LOBBY } as ChoiceSetting<Lobby>,
	autoLock: { kind: 'choice', values: AUTO_LOCK } as ChoiceSetting<AutoLock>,
	autoLockMinutes: { kind: 'range', bounds: { min: 1, max: 240 }, stricter: 'lower' } as RangeSetting,
	recording: { kind: 'choice', values: RECORDING } as ChoiceSetting<Recording>,
	sipDialIn: { kind: 'choice', values: SIP_DIAL_IN } as ChoiceSetting<SipDialIn>,
	chatExpiry: { kind: 'choice', values: CHAT_EXPIRY } as ChoiceSetting<ChatExpiry>,
	fileRetentionDays: { kind: 'range', bounds: { min: 1, max: 3650 }, stricter: 'lower' } as RangeSetting,
	meetingRetentionDays: { kind: 'range', bounds: { min: 1, max: 3650 }, stricter: 'lower' } as RangeSetting,
	bots: { kind: 'choice', values: BOTS } as ChoiceSetting<Bots>,
	/** Guests may join from this many minutes before the start until the end. */
	guestWindowMinutes: { kind: 'range', bounds: { min: 0, max: 1440 }, stricter: 'lower' } as RangeSetting,
	requirePrivacyNotice: { kind: 'choice', values: REQUIRE_PRIVACY_NOTICE } as ChoiceSetting<RequirePrivacyNotice>,
} as const

export type SettingKey = keyof typeof SETTINGS
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[]

/** The value type of each setting. */
export interface SettingValues {
	guestAccess: GuestAccess
	passwordMinLength: number
	lobby: Lobby
	autoLock: AutoLock
	autoLockMinutes: number
	recording: Recording
	sipDialIn: SipDialIn
	chatExpiry: ChatExpiry
	fileRetentionDays: number
	meetingRetentionDays: number
	bots: Bots
	guestWindowMinutes: number
	requirePrivacyNotice: RequirePrivacyNotice
}

export type ChoiceKey = { [K in SettingKey]: typeof SETTINGS[K] extends ChoiceSetting<string | number> ? K : never }[SettingKey]
export type RangeKey = Exclude<SettingKey, ChoiceKey>
