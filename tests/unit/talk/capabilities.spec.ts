/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { missingFeatures, readTalkFeatures } from '../../../src/talk/capabilities.ts'
import { choices, effective, NOW } from '../policy/builders.ts'

const EVERYTHING = ['conversation-creation-all', 'webinary-lobby', 'message-expiration', 'room-description', 'recording-consent', 'sip-support']
const features = (list: string[]) => ({ available: true, features: list })

function plan(change: Parameters<typeof effective>[0], settings = {}) {
	const result = planMeeting(effective(change), choices({ settings }), NOW)
	if (!result.ok) {
		throw new Error(JSON.stringify(result.violations))
	}
	return result.plan
}

describe('missingFeatures', () => {
	it('needs nothing more than a full Talk offers', () => {
		expect(missingFeatures(plan(() => {}), features(EVERYTHING))).toEqual([])
	})

	it('needs consent support where recording is allowed, and dial-in where it is on', () => {
		const open = plan((p) => {
			p.settings.recording = { default: 'with-consent', threshold: 'with-consent', locked: false }
			p.settings.sipDialIn = { default: 'allowed', threshold: 'allowed', locked: false }
		}, { recording: 'with-consent', sipDialIn: 'allowed' })
		const without = EVERYTHING.filter((f) => f !== 'recording-consent' && f !== 'sip-support')
		expect(missingFeatures(open, features(without)).map((m) => m.feature)).toEqual(['recording-consent', 'sip-support'])
		expect(missingFeatures(plan(() => {}), features(without))).toEqual([])
	})

	it('says who can fix each missing feature', () => {
		const missing = missingFeatures(plan(() => {}), features(EVERYTHING.filter((f) => f !== 'message-expiration')))
		expect(missing).toEqual([{
			feature: 'message-expiration',
			message: 'This server cannot guarantee that chat messages expire (Talk needs background jobs run by cron).',
			remedy: 'Your administrator can fix this: run Nextcloud\'s background jobs with cron.',
		}])
		expect(missingFeatures(plan(() => {}), { available: false, features: [] })[0]!.remedy).toBe('Your administrator can fix this: enable Nextcloud Talk for you.')
	})

	it('reads Talk\'s features from the capabilities, and knows when Talk is missing', () => {
		expect(readTalkFeatures({ spreed: { features: ['webinary-lobby', 7] } })).toEqual({ available: true, features: ['webinary-lobby'] })
		expect(readTalkFeatures({})).toEqual({ available: false, features: [] })
	})
})
