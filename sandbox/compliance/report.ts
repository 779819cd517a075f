/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The compliance report of the sandbox's stand-in server, with the same rules as lib/Compliance for what
 * the sandbox simulates (its Talk rooms and settings, the policy); English only, as the sandbox's other
 * API messages. Criteria the sandbox has no model for read fixed values from ComplianceSandboxState.
 */
import type { ComplianceCriterion } from '../../src/api/types.ts'
import type { SandboxState } from '../state.ts'
import type { Rule } from './rule.ts'

import { roomCensus } from '../../src/compliance/roomCensus.ts'
import { readPolicy } from '../api/policy.ts'
import { ADMIN_PAGE } from '../config.ts'
import { USERS } from '../users.ts'
import { currentAttestation, isOverdue, ITEM_NAMES, ITEMS, PROVIDERS } from './evidence.ts'
import { appsLink, ev, fails, holds, isOn, link } from './rule.ts'
import { applyTalkRetention, SETTINGS_RULES } from './settingsRules.ts'

/** The "no monitoring" profile's reach over the sandbox's users (twin of NoMonitoringProfile::status). */
export function noMonitoringStatus(state: SandboxState) {
	const isPublic = (key: 'read_status_privacy' | 'typing_privacy') => USERS.filter((user) => state.compliance.preferences[user.id]?.[key] !== '1').length
	return { enabled: state.compliance.noMonitoring, users: USERS.length, publicReadReceipts: isPublic('read_status_privacy'), publicTyping: isPublic('typing_privacy') }
}

const census = (state: SandboxState) => roomCensus([...state.rooms.values()].map((room) => ({ ...room, hasPassword: room.password !== '' })))

/** The fixes Safe Meeting applies itself: fix → criterion and how it changes the sandbox. */
export const FIXES: Record<string, { criterion: number, setting: string, apply: (state: SandboxState) => string }> = {
	'force-passwords': { criterion: 5, setting: 'spreed.force_passwords', apply: (state) => { state.config.forcePasswords = true; return '1' } },
	'calls-without-media': { criterion: 9, setting: 'spreed.calls_start_without_media', apply: (state) => { state.compliance.talk.calls_start_without_media = '1'; return '1' } },
	'recording-consent': { criterion: 10, setting: 'spreed.recording_consent', apply: (state) => { state.compliance.talk.recording_consent = '1'; return '1' } },
	'talk-retention': { criterion: 12, setting: 'spreed.retention_*', apply: applyTalkRetention },
}

const RULES: Rule[] = [
	{
		criterion: 1,
		title: 'No third party in the media path without a processor agreement',
		sources: 'B+D',
		evaluate: (state) => {
			let open = 0
			const evidence = Object.entries(PROVIDERS).map(([host, uses]) => {
				const attestation = currentAttestation(state, 'host', host)
				if (attestation === null || (attestation.details.role === 'processor' && isOverdue(state, attestation))) {
					open++
				}
				return ev(`host.${host}`, `${host} (${uses.join(', ').toUpperCase()})`, attestation === null ? 'not classified: a third party unless you attest otherwise' : `${attestation.details.role}: ${attestation.documentRef}`)
			})
			const classify = { kind: 'link' as const, label: 'Classify the providers', setting: 'Safe Meeting → Organisational evidence → Providers in the media path', url: ADMIN_PAGE + '#safe-meeting-evidence' }
			return open > 0 ? fails(open === 1 ? '1 provider in the media path is not covered by a processor agreement.' : `${open} providers in the media path are not covered by a processor agreement.`, evidence, classify) : holds('Every provider in the media path is your own or bound by a processor agreement.', evidence)
		},
	},
	{
		criterion: 3,
		title: 'Transport encryption',
		sources: 'B+D',
		evaluate: (state) => {
			const url = String(state.compliance.system['overwrite.cli.url'] ?? '')
			const evidence = [ev('system.overwrite.cli.url', 'Address of the server', url)]
			return url.startsWith('https://') ? holds('The server is reached over HTTPS.', evidence) : fails('The server is not reached over HTTPS.', evidence, link('overview', 'Open the admin overview', "'overwriteprotocol' => 'https' (config/config.php)"))
		},
	},
	{
		criterion: 5,
		title: 'Access protection',
		sources: 'B+D',
		evaluate: (state) => {
			const counts = census(state)
			const evidence = [
				ev('spreed.force_passwords', 'Talk requires a password for guest links', state.config.forcePasswords),
				ev('rooms.publicWithoutPassword', 'Conversations with a guest link and no password', counts.publicWithoutPassword),
				ev('rooms.listable', 'Conversations other users can find and join without the password', counts.listable),
			]
			if (!state.config.forcePasswords) {
				return fails('Talk lets moderators share guest links without a password.', evidence, { kind: 'action', action: 'force-passwords', label: 'Require passwords for guest links', setting: 'occ config:app:set spreed force_passwords --value=1' })
			}
			return counts.publicWithoutPassword + counts.listable > 0
				? fails('Some conversations are open without a password. Talk\'s setting only applies to new guest links.', evidence, link('talk', 'Open the Talk settings', 'Each conversation: Conversation settings → Guest access → Password'))
				: holds('Every guest link needs a password and no conversation is listed.', evidence)
		},
	},
	{
		criterion: 7,
		title: 'Waiting room for meetings with guests',
		sources: 'D',
		evaluate: (state) => {
			const counts = census(state)
			const evidence = [ev('rooms.public', 'Conversations with a guest link', counts.public), ev('rooms.publicWithoutLobby', '… of them without a lobby', counts.publicWithoutLobby)]
			return counts.publicWithoutLobby > 0
				? fails('Guests can enter some conversations without waiting in the lobby.', evidence, link('talk', 'Open the Talk settings', 'Each conversation: Conversation settings → Meeting → Lobby: on'))
				: holds('Every conversation with a guest link has a lobby.', evidence)
		},
	},
	{
		criterion: 9,
		title: 'Privacy-friendly defaults',
		sources: 'B+D',
		evaluate: (state) => {
			const withoutMedia = isOn(state.compliance.talk.calls_start_without_media)
			const evidence = [ev('spreed.calls_start_without_media', 'Calls start with camera and microphone off', withoutMedia)]
			return withoutMedia
				? holds('Calls start without camera and microphone, and without dial-in.', evidence)
				: fails('Calls start with camera and microphone on.', evidence, { kind: 'action', action: 'calls-without-media', label: 'Start calls without camera and microphone', setting: 'occ config:app:set spreed calls_start_without_media --value=1' })
		},
	},
	{
		criterion: 10,
		title: 'Recording only with consent',
		sources: 'D',
		evaluate: (state) => {
			const consent = Number(state.compliance.talk.recording_consent ?? 0)
			const evidence = [ev('spreed.call_recording', 'Recording', state.config.recording ? 'on' : 'off'), ev('spreed.recording_consent', 'Consent before recording', consent === 1 ? 'always required' : 'never asked')]
			if (!state.config.recording || consent === 1) {
				return holds(state.config.recording ? 'Every participant is asked before a call is recorded.' : 'Talk cannot record calls.', evidence)
			}
			return fails('Calls can be recorded without asking every participant.', evidence, { kind: 'action', action: 'recording-consent', label: 'Always ask for consent before recording', setting: 'occ config:app:set spreed recording_consent --value=1' })
		},
	},
	{
		criterion: 11,
		title: 'No monitoring of performance or behaviour',
		sources: 'D',
		evaluate: (state) => {
			const status = noMonitoringStatus(state)
			const userStatus = state.compliance.enabledApps.includes('user_status')
			const evidence = [
				ev('safe_meeting.no_monitoring', '"No monitoring" profile', status.enabled ? 'on' : 'off'),
				ev('users.read_status_privacy', 'Users whose read receipts others see', `${status.publicReadReceipts} of ${status.users}`),
				ev('users.typing_privacy', 'Users whose typing others see', `${status.publicTyping} of ${status.users}`),
				ev('apps.user_status', 'Automatic online and away status (user_status)', userStatus ? 'enabled' : 'disabled'),
			]
			const profileLink = { kind: 'link' as const, label: 'Turn on the "no monitoring" profile', setting: 'Safe Meeting → No monitoring', url: ADMIN_PAGE + '#safe-meeting-no-monitoring' }
			if (!status.enabled || status.publicReadReceipts + status.publicTyping > 0) {
				return fails('Read receipts and typing indicators show others when someone reads and writes.', evidence, profileLink)
			}
			return userStatus ? fails('Nextcloud shows automatically whether someone is online or away.', evidence, appsLink('occ app:disable user_status')) : holds('Nobody sees when others read, type or are active.', evidence)
		},
	},
	{
		criterion: 13,
		title: 'Log and metadata minimisation',
		sources: 'D',
		evaluate: (state) => {
			const level = Number(state.compliance.system.loglevel ?? 2)
			const evidence = [ev('system.loglevel', 'Log level (0 = debug … 4 = fatal)', level)]
			return level === 0 ? fails('The server logs at debug level.', evidence, link('logging', 'Open the logging settings', "'loglevel' => 2 (config/config.php)")) : holds('The log records warnings and errors only and is rotated.', evidence)
		},
	},
	{
		criterion: 15,
		title: 'Phone dial-in',
		sources: 'D',
		evaluate: (state) => {
			const withoutPin = census(state).sipWithoutPin
			const evidence = [ev('rooms.sipWithoutPin', 'Conversations with dial-in and no PIN', withoutPin)]
			return withoutPin > 0 ? fails('Callers can dial into some conversations without a PIN.', evidence, link('talk', 'Open the Talk settings', 'SIP dial-in: with PIN')) : holds('Every caller needs a PIN.', evidence)
		},
	},
	{
		criterion: 16,
		title: 'Information duty (Art. 13 GDPR)',
		sources: 'B+D',
		evaluate: (state) => {
			const theming = state.compliance.apps.theming ?? {}
			const notice = readPolicy(state).privacyNotice
			const evidence = [
				ev('theming.privacyUrl', 'Link to the privacy policy', theming.privacyUrl ?? 'not set'),
				ev('theming.imprintUrl', 'Link to the legal notice', theming.imprintUrl ?? 'not set'),
				ev('policy.privacyNotice.version', 'Version of the privacy notice shown before joining', notice.text === '' ? 'not set' : notice.version),
			]
			if (!theming.privacyUrl || !theming.imprintUrl) {
				return fails('The server does not link both a privacy policy and a legal notice.', evidence, link('theming', 'Open the theming settings', 'Theming → Legal notice link and Privacy policy link'))
			}
			return holds('Participants find the privacy information before they join.', evidence)
		},
	},
	{
		criterion: 17,
		title: 'No telemetry to the vendor',
		sources: 'B',
		evaluate: (state) => {
			const survey = state.compliance.enabledApps.includes('survey_client')
			const evidence = [ev('apps.survey_client', 'Usage survey (survey_client)', survey ? 'enabled' : 'disabled')]
			return survey ? fails('The usage survey app can send statistics to Nextcloud GmbH.', evidence, appsLink('occ app:disable survey_client')) : holds('No usage statistics are sent to the vendor.', evidence)
		},
	},
]

RULES.push({
	criterion: 18,
	title: 'Organisational evidence',
	sources: 'B+D',
	evaluate: (state) => {
		let missing = 0
		let overdue = 0
		const evidence = ITEMS.map((item) => {
			const attestation = currentAttestation(state, item)
			missing += attestation === null ? 1 : 0
			overdue += attestation !== null && isOverdue(state, attestation) ? 1 : 0
			return ev(`attestation.${item}`, ITEM_NAMES[item]!, attestation === null ? 'not attested' : `${attestation.documentRef}, attested by ${attestation.attestedBy}`)
		})
		return missing + overdue === 0
			? holds('Every document is attested and none is due for review.', evidence)
			: fails(`Not attested: ${missing}. Overdue for review: ${overdue}.`, evidence, { kind: 'link', label: 'Attest the documents', setting: 'Safe Meeting → Organisational evidence', url: ADMIN_PAGE + '#safe-meeting-evidence' })
	},
})

RULES.push(...SETTINGS_RULES)
RULES.sort((a, b) => a.criterion - b.criterion)

export function complianceReport(state: SandboxState): ComplianceCriterion[] {
	return RULES.map(({ criterion, title, sources, evaluate }) => ({ criterion, title, sources, ...evaluate(state) }))
}

export function criterionOf(state: SandboxState, criterion: number): ComplianceCriterion | undefined {
	return complianceReport(state).find((entry) => entry.criterion === criterion)
}
