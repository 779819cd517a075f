/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The criteria that read only Talk's and core's settings and the policy (2, 4, 6, 8, 12, 14), with the
 * rules of their twins in lib/Compliance/Criteria. Settings the sandbox does not store read Talk's and
 * Nextcloud's defaults, as on a fresh installation.
 */
import type { SandboxState } from '../state.ts'
import type { Rule } from './rule.ts'

import { readPolicy } from '../api/policy.ts'
import { ADMIN_PAGE, PASSWORD_MIN_LENGTH } from '../config.ts'
import { currentAttestation, PROVIDERS } from './evidence.ts'
import { appsLink, ev, fails, holds, isOn, link } from './rule.ts'

/** Talk's defaults (TalkDefaults.php). */
const RETENTION = { retention_event_rooms: 28, retention_instant_meetings: 1, retention_phone_rooms: 7 }
const DEFAULT_PERMISSIONS = 246
const PERMISSION_LOBBY_IGNORE = 8
/** BruteForceCriterion::MIN_LENGTH */
const MIN_LENGTH = 10
const AI_APPS = ['integration_openai', 'integration_replicate', 'integration_deepl', 'integration_watsonx']
const TRANSFER: Record<string, string> = { eu: 'EU or EEA', adequacy: 'third country with an adequacy decision', scc: 'third country, standard contractual clauses' }

function talkInt(state: SandboxState, key: string, fallback: number) {
	const value = Number(state.compliance.talk[key] ?? fallback)
	return Number.isInteger(value) ? value : fallback
}
const onOff = (on: boolean) => (on ? 'on' : 'off')

/** The fix `talk-retention`: Talk's defaults where a retention is 0 (kept forever); other values stay. */
export function applyTalkRetention(state: SandboxState): string {
	const changed = Object.entries(RETENTION).filter(([key]) => (state.compliance.talk[key] ?? '').trim() === '0')
	for (const [key, days] of changed) {
		state.compliance.talk[key] = String(days)
	}
	return changed.map(([key, days]) => `${key}=${days}`).join(', ')
}

export const SETTINGS_RULES: Rule[] = [
	{
		criterion: 2,
		title: 'Third-country transfers',
		sources: 'B',
		evaluate: (state) => {
			const talk = state.compliance.talk
			let unknown = 0
			const evidence = Object.keys(PROVIDERS).map((host) => {
				const transfer = currentAttestation(state, 'host', host)?.details.transfer
				unknown += transfer === undefined ? 1 : 0
				return ev(`host.${host}`, host, TRANSFER[transfer ?? ''] ?? 'unknown')
			})
			const federation = talk.federation_enabled === 'yes'
			const trustedOnly = isOn(talk.federation_only_trusted_servers)
			const bridge = isOn(talk.enable_matterbridge)
			const ai = AI_APPS.filter((app) => state.compliance.enabledApps.includes(app))
			evidence.push(
				ev('spreed.federation_enabled', 'Federation with other servers', federation ? (trustedOnly ? 'trusted servers only' : 'any server') : 'off'),
				ev('spreed.enable_matterbridge', 'Bridges to other chat services (Matterbridge)', onOff(bridge)),
				ev('apps.ai', 'External AI and translation integrations', ai.length === 0 ? 'none' : ai.join(', ')),
				ev('system.reference_opengraph', 'Link previews (the server fetches linked pages)', onOff(state.compliance.system.reference_opengraph !== false)),
			)
			const findings = [
				unknown === 0 ? '' : unknown === 1 ? '1 provider has no known transfer basis.' : `${unknown} providers have no known transfer basis.`,
				federation && !trustedOnly ? 'Federation reaches any server.' : '',
				bridge ? 'Bridges may copy chats to other services.' : '',
				ai.length > 0 ? 'External AI or translation services may receive texts.' : '',
			].filter((finding) => finding !== '')
			if (findings.length === 0) {
				return holds('Every transfer has a known basis.', evidence)
			}
			return fails(findings.join(' '), evidence, unknown > 0
				? { kind: 'link', label: 'Classify the providers', setting: 'Safe Meeting → Organisational evidence → Providers in the media path', url: ADMIN_PAGE + '#safe-meeting-evidence' }
				: link('talk', 'Open the Talk settings', 'occ config:app:set spreed federation_only_trusted_servers --value=1; occ config:app:set spreed enable_matterbridge --value=0'))
		},
	},
	{
		criterion: 4,
		title: 'End-to-end encryption for high-risk meetings',
		sources: 'B+D',
		evaluate: (state) => {
			const enabled = isOn(state.compliance.talk.call_end_to_end_encryption)
			const external = (JSON.parse(state.compliance.talk.signaling_servers ?? '{}')?.servers ?? []).length > 0
			const evidence = [
				ev('spreed.call_end_to_end_encryption', 'End-to-end encryption of calls', onOff(enabled)),
				ev('spreed.signaling_servers', 'High-performance backend (external signalling)', external ? 'configured' : 'not configured'),
			]
			if (enabled && external) {
				return holds('Calls can be encrypted end to end.', evidence)
			}
			return fails(
				external ? 'End-to-end encryption of calls is switched off.' : 'End-to-end encryption needs the High-performance backend, which is not configured.',
				evidence,
				link('talk', 'Open the Talk settings', 'occ config:app:set spreed call_end_to_end_encryption --value=1 (needs the High-performance backend)'),
			)
		},
	},
	{
		criterion: 6,
		title: 'Brute-force protection and password rules',
		sources: 'D',
		evaluate: (state) => {
			const bruteForce = state.compliance.system['auth.bruteforce.protection.enabled'] !== false
			const policyApp = state.compliance.enabledApps.includes('password_policy')
			const minLength = Number(state.compliance.apps.password_policy?.minLength ?? PASSWORD_MIN_LENGTH)
			const evidence = [
				ev('system.auth.bruteforce.protection.enabled', 'Brute-force protection', onOff(bruteForce)),
				ev('apps.password_policy', 'Password policy app', policyApp ? 'enabled' : 'disabled'),
				ev('password_policy.minLength', 'Minimum password length', policyApp ? minLength : '—'),
			]
			if (!bruteForce) {
				return fails('Brute-force protection is switched off.', evidence, link('security', 'Open the security settings', '\'auth.bruteforce.protection.enabled\' => true (config/config.php)'))
			}
			if (!policyApp || minLength < MIN_LENGTH) {
				return fails(`Passwords do not have to be at least ${MIN_LENGTH} characters long.`, evidence, link('security', 'Open the security settings', `occ app:enable password_policy; Security → Password policy → Minimum length: ${MIN_LENGTH}`))
			}
			return holds('Logins are throttled and passwords have a minimum length.', evidence)
		},
	},
	{
		criterion: 8,
		title: 'Moderator controls',
		sources: 'D',
		evaluate: (state) => {
			const permissions = talkInt(state, 'default_permissions', DEFAULT_PERMISSIONS)
			const startCalls = talkInt(state, 'start_calls', 0)
			const evidence = [
				ev('spreed.default_permissions', 'Default permissions of participants', permissions),
				ev('spreed.start_calls', 'Who may start calls', ['everyone', 'users with an account', 'moderators'][startCalls] ?? 'nobody (calls are off)'),
				ev('spreed.breakout_rooms', 'Breakout rooms', onOff(isOn(state.compliance.talk.breakout_rooms ?? '1'))),
			]
			if ((permissions & PERMISSION_LOBBY_IGNORE) !== 0) {
				return fails(
					'Every participant may skip the lobby by default, so moderators cannot decide who gets in.',
					evidence,
					link('talk', 'Open the Talk settings', `occ config:app:set spreed default_permissions --value=${permissions & ~PERMISSION_LOBBY_IGNORE}`),
				)
			}
			return holds('Moderators decide who leaves the lobby.', evidence)
		},
	},
	{
		criterion: 12,
		title: 'Storage limitation',
		sources: 'B+D',
		evaluate: (state) => {
			const labels: Record<keyof typeof RETENTION, string> = {
				retention_event_rooms: 'Days until event conversations are deleted',
				retention_instant_meetings: 'Days until instant meetings are deleted',
				retention_phone_rooms: 'Days until phone conversations are deleted',
			}
			const never: string[] = []
			const evidence = Object.entries(RETENTION).map(([key, fallback]) => {
				const days = talkInt(state, key, fallback)
				if (days === 0) {
					never.push(`occ config:app:set spreed ${key} --value=${fallback}`)
				}
				return ev(`spreed.${key}`, labels[key as keyof typeof RETENTION], days === 0 ? 'never' : days)
			})
			const { chatExpiry, meetingRetentionDays } = readPolicy(state).settings
			const [chat, meeting] = [Number(chatExpiry.default), Number(meetingRetentionDays.default)]
			evidence.push(
				ev('policy.settings.chatExpiry', 'Chat expiry of safe meetings (seconds, default)', chat === 0 ? 'never' : chat),
				ev('policy.settings.meetingRetentionDays', 'Days until a safe meeting is deleted after its end (default)', meeting === 0 ? 'never' : meeting),
				ev('spreed.inactivity_lock_after_days', 'Days until inactive conversations become read-only', talkInt(state, 'inactivity_lock_after_days', 0)),
				ev('spreed.max_call_duration', 'Longest call (seconds, 0 = unlimited)', talkInt(state, 'max_call_duration', 0)),
			)
			if (never.length > 0) {
				return fails('Talk keeps some temporary conversations forever.', evidence, { kind: 'action', action: 'talk-retention', label: 'Delete temporary conversations after Talk\'s default periods', setting: never.join('; ') })
			}
			if (chat === 0 || meeting === 0) {
				return fails('The policy lets safe meetings keep their chat or their conversation forever.', evidence, link('safe_meeting', 'Open the policy', 'Policy → Chat expiry and Meeting retention: a period'))
			}
			return holds('Conversations and chats are deleted after their retention period.', evidence)
		},
	},
	{
		criterion: 14,
		title: 'Joining without software or account',
		sources: 'B+D',
		evaluate: (state) => {
			const enabled = state.compliance.enabledApps.includes('spreed')
			const evidence = [
				ev('apps.spreed', 'Talk', enabled ? 'enabled, version 22.0.11' : 'disabled'),
				ev('policy.settings.guestAccess', 'Guests in new safe meetings (default)', readPolicy(state).settings.guestAccess.default === 'none' ? 'no guests' : 'guests with password'),
			]
			return enabled
				? holds('Guests join with a link in their browser, without an account or software.', evidence)
				: fails('Talk is not enabled, so nobody can join a meeting.', evidence, appsLink('occ app:enable spreed'))
		},
	},
]
