/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SettingValues } from './settings.ts'
import type { PrivacyNotice } from './types.ts'

/** What the creator entered in the wizard. Settings left out take the policy's default. */
export interface MeetingChoices {
	title: string
	description: string
	/** Unix seconds. */
	start: number
	end: number
	users: string[]
	emails: string[]
	/** Whether a public guest link (with password) is wanted. */
	guestLink: boolean
	/** Only checked, never part of the plan: Talk stores just its hash. */
	password: string
	settings: Partial<SettingValues>
}

/** The Talk room settings a plan implies; sent to Talk and compared by checkRoom. */
export interface TalkRoomSettings {
	roomType: 2 | 3
	listable: 0
	lobbyState: 1
	lobbyTimer: number | null
	messageExpiration: number
	sipEnabled: 0 | 1
	recordingConsent: 1
}

/** A validated meeting: every setting decided. Contains no password. */
export interface MeetingPlan {
	title: string
	/** The creator's description followed by the privacy notice. */
	description: string
	start: number
	end: number
	participants: { users: string[], emails: string[] }
	settings: SettingValues
	privacyNotice: PrivacyNotice
	talk: TalkRoomSettings
}
