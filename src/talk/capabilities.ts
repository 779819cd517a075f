import type { MeetingPlan } from '../policy/plan.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Reads Talk's capabilities (talk.md §1.1) and says which features a plan needs that the server lacks.
 */
import { getCapabilities } from '@nextcloud/capabilities'
import { t } from '@nextcloud/l10n'
import { AS_TEXT } from '../l10n/asText.ts'

export interface TalkFeatures {
	/** Talk is installed and enabled for this user. */
	available: boolean
	features: string[]
}

export function readTalkFeatures(capabilities: unknown = getCapabilities()): TalkFeatures {
	const spreed = (capabilities as { spreed?: { features?: unknown } } | null)?.spreed
	if (spreed === undefined || !Array.isArray(spreed.features)) {
		return { available: false, features: [] }
	}
	return { available: true, features: spreed.features.filter((f): f is string => typeof f === 'string') }
}

/** Creating every setting in one request; without it we fall back to a safe sequence. */
export const CREATE_ALL = 'conversation-creation-all'

export interface MissingFeature {
	feature: string
	/** What the server cannot guarantee without it, for the creator. */
	message: string
	/** Who can fix it and how: the creator by a stricter choice, or an administrator on the server. */
	remedy: string
}

const byAdmin = (how: string) => t('safe_meeting', 'Your administrator can fix this: {how}', { how }, undefined, AS_TEXT)

/**
 * Features without which the plan cannot be guaranteed: refuse before creating anything.
 */
export function missingFeatures(plan: Pick<MeetingPlan, 'talk' | 'description' | 'settings'>, talk: TalkFeatures): MissingFeature[] {
	if (!talk.available) {
		return [{ feature: 'spreed', message: t('safe_meeting', 'Nextcloud Talk is not available for your account.'), remedy: byAdmin(t('safe_meeting', 'enable Nextcloud Talk for you.')) }]
	}
	const updateTalk = byAdmin(t('safe_meeting', 'update Nextcloud Talk.'))
	const needed: MissingFeature[] = [
		{ feature: 'webinary-lobby', message: t('safe_meeting', 'This server cannot guarantee a lobby.'), remedy: updateTalk },
	]
	if (plan.talk.messageExpiration > 0) {
		needed.push({ feature: 'message-expiration', message: t('safe_meeting', 'This server cannot guarantee that chat messages expire (Talk needs background jobs run by cron).'), remedy: byAdmin(t('safe_meeting', 'run Nextcloud\'s background jobs with cron.')) })
	}
	if (plan.description !== '') {
		needed.push({ feature: 'room-description', message: t('safe_meeting', 'This server cannot show the privacy notice in the conversation description.'), remedy: updateTalk })
	}
	if (plan.settings.recording === 'with-consent') {
		needed.push({ feature: 'recording-consent', message: t('safe_meeting', 'This server cannot ask participants for consent before a recording.'), remedy: t('safe_meeting', 'You can choose "Blocked" for recording under Safety, or your administrator can update Nextcloud Talk.') })
	}
	if (plan.talk.sipEnabled !== 0) {
		needed.push({ feature: 'sip-support', message: t('safe_meeting', 'This server does not offer phone dial-in.'), remedy: t('safe_meeting', 'You can switch phone dial-in off under Safety, or your administrator can set up dial-in in Talk.') })
	}
	if (plan.talk.roomType === 3 && !talk.features.includes(CREATE_ALL)) {
		needed.push({ feature: 'conversation-creation-password', message: t('safe_meeting', 'This server cannot protect a guest link with a password from the start.'), remedy: t('safe_meeting', 'You can invite Nextcloud users only, or your administrator can update Nextcloud Talk.') })
	}
	return needed.filter((need) => !talk.features.includes(need.feature))
}
