/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The capabilities a Nextcloud 32 server with Talk 22 and password_policy advertises, built from the
 * sandbox's switchable feature set. The spreed part must match Talk's `Capabilities` schema.
 */
import type { SandboxState } from './state.ts'
import type { SandboxUser } from './users.ts'

import { PASSWORD_MIN_LENGTH } from './config.ts'

/** Talk 22 features (a realistic subset of spreed's Capabilities::FEATURES). */
export const DEFAULT_FEATURES: readonly string[] = [
	'audio',
	'video',
	'chat-v2',
	'conversation-v4',
	'guest-signaling',
	'empty-group-room',
	'guest-display-names',
	'multi-room-users',
	'favorites',
	'last-room-activity',
	'no-ping',
	'system-messages',
	'delete-messages',
	'mention-flag',
	'in-call-flags',
	'conversation-call-flags',
	'notification-levels',
	'invite-groups-and-mails',
	'locked-one-to-one-rooms',
	'read-only-rooms',
	'listable-rooms',
	'chat-read-marker',
	'chat-unread',
	'webinary-lobby',
	'start-call-flag',
	'chat-replies',
	'circles-support',
	'force-mute',
	'sip-support',
	'sip-support-nopin',
	'chat-read-status',
	'phonebook-search',
	'raise-hand',
	'room-description',
	'rich-object-sharing',
	'temp-user-avatar-api',
	'geo-location-sharing',
	'voice-message-sharing',
	'signaling-v3',
	'publishing-permissions',
	'clear-history',
	'direct-mention-flag',
	'notification-calls',
	'conversation-permissions',
	'rich-object-list-media',
	'rich-object-delete',
	'unified-search',
	'chat-permission',
	'silent-send',
	'silent-call',
	'send-call-notification',
	'talk-polls',
	'breakout-rooms-v1',
	'recording-v1',
	'avatar',
	'chat-get-context',
	'single-conversation-status',
	'chat-keep-notifications',
	'typing-privacy',
	'remind-me-later',
	'bots-v1',
	'markdown-messages',
	'media-caption',
	'session-state',
	'note-to-self',
	'recording-consent',
	'sip-support-dialout',
	'message-expiration',
	'reactions',
	'delete-messages-unlimited',
	'edit-messages',
	'silent-send-state',
	'chat-read-last',
	'federation-v1',
	'federation-v2',
	'ban-v1',
	'chat-reference-id',
	'mention-permissions',
	'edit-messages-note-to-self',
	'archived-conversations-v2',
	'talk-polls-drafts',
	'download-call-participants',
	'email-csv-import',
	'conversation-creation-password',
	'call-notification-state-api',
	'schedule-meeting',
	'edit-draft-poll',
	'conversation-creation-all',
	'important-conversations',
	'sensitive-conversations',
	'threads',
	'unbind-conversation',
	'retention-event',
]

/** Features that only concern the local server (Talk lists them in both arrays). */
const LOCAL_FEATURES = [
	'favorites',
	'chat-read-status',
	'listable-rooms',
	'phonebook-search',
	'temp-user-avatar-api',
	'unified-search',
	'avatar',
	'remind-me-later',
	'note-to-self',
	'archived-conversations-v2',
	'chat-summary-api',
	'call-notification-state-api',
	'schedule-meeting',
	'conversation-creation-all',
	'important-conversations',
	'sensitive-conversations',
]

export function sipConfigured(state: SandboxState): boolean {
	return state.features.has('sip-support')
}

/**
 * Talk's Config::canUserEnableSIP: a user in one of the SIP bridge groups, or any user when none are set.
 */
export function canUserEnableSip(state: SandboxState, user: SandboxUser | null | undefined): boolean {
	const groups = state.config.sipGroups
	return user !== null && user !== undefined && (groups.length === 0 || user.groups.some((group) => groups.includes(group)))
}

export function spreedCapabilities(state: SandboxState, user: SandboxUser | null): Record<string, unknown> {
	const features = [...state.features]
	return {
		features,
		'features-local': features.filter((feature) => LOCAL_FEATURES.includes(feature)),
		config: {
			attachments: { allowed: true, folder: '/Talk' },
			call: {
				enabled: true,
				'breakout-rooms': true,
				recording: state.config.recording,
				// 2 = moderators decide per conversation, so the room value applies (talk.md §9.2).
				'recording-consent': 2,
				'supported-reactions': ['❤️', '🎉', '👏', '👍', '👎', '😂', '🤩', '🤔', '😲', '😥'],
				'predefined-backgrounds': ['1_office.jpg', '2_home.jpg'],
				'predefined-backgrounds-v2': ['/apps/spreed/img/backgrounds/1_office.jpg', '/apps/spreed/img/backgrounds/2_home.jpg'],
				'can-upload-background': true,
				'sip-enabled': sipConfigured(state),
				'sip-dialout-enabled': false,
				'default-phone-region': 'DE',
				'can-enable-sip': canUserEnableSip(state, user),
				'start-without-media': false,
				'max-duration': 0,
				'blur-virtual-background': false,
				'end-to-end-encryption': false,
				'live-transcription': false,
				'play-sounds': true,
				'grid-limit': 0,
				'grid-limit-enforced': false,
			},
			chat: {
				'max-length': 32000,
				'read-privacy': 0,
				'has-translation-providers': false,
				'has-translation-task-providers': false,
				'typing-privacy': 0,
				'summary-threshold': 100,
				'matterbridge-enabled': false,
			},
			conversations: {
				'can-create': true,
				'force-passwords': state.config.forcePasswords,
				'list-style': 'two-lines',
				'description-length': 2000,
				'retention-event': 28,
				'retention-phone': 7,
				'retention-instant-meetings': 1,
			},
			federation: { enabled: false, 'incoming-enabled': false, 'outgoing-enabled': false, 'only-trusted-servers': true },
			previews: { 'max-gif-size': 3145728 },
			signaling: { 'session-ping-limit': 200, mode: 'external' },
			experiments: { enabled: 0 },
			permissions: { 'max-default': 254, 'max-custom': 255, default: 246 },
		},
		'config-local': {
			attachments: ['allowed', 'folder'],
			call: ['predefined-backgrounds', 'predefined-backgrounds-v2', 'can-upload-background', 'start-without-media', 'blur-virtual-background', 'play-sounds'],
			chat: ['read-privacy', 'has-translation-providers', 'typing-privacy'],
			conversations: ['list-style', 'description-length', 'retention-event', 'retention-phone', 'retention-instant-meetings'],
			federation: ['enabled', 'incoming-enabled', 'outgoing-enabled', 'only-trusted-servers'],
			previews: ['max-gif-size'],
			signaling: ['session-ping-limit'],
		},
		version: '22.0.11',
	}
}

/**
 * The whole `capabilities` object: the endpoint's data and the `core/capabilities` initial state.
 */
export function allCapabilities(state: SandboxState, baseUrl: string, user: SandboxUser | null): Record<string, unknown> {
	return {
		core: { pollinterval: 60, 'webdav-root': 'remote.php/webdav', 'reference-api': true, 'reference-regex': '(\\s|\\n|^)(https?:\\/\\/)((?:[-A-Z0-9+_]+\\.)+[-A-Z]+(?:\\/[-A-Z0-9+&@#%?=~_|!:,.;()]*)*)(\\s|\\n|$)', 'mod-rewrite-working': false },
		spreed: spreedCapabilities(state, user),
		password_policy: {
			minLength: PASSWORD_MIN_LENGTH,
			enforceNonCommonPassword: true,
			enforceNumericCharacters: false,
			enforceSpecialCharacters: false,
			enforceUpperLowerCase: false,
			api: {
				generate: `${baseUrl}/ocs/v2.php/apps/password_policy/api/v1/generate`,
				validate: `${baseUrl}/ocs/v2.php/apps/password_policy/api/v1/validate`,
			},
			policies: {
				account: { minLength: PASSWORD_MIN_LENGTH, enforceNonCommonPassword: true, enforceNumericCharacters: false, enforceSpecialCharacters: false, enforceUpperLowerCase: false },
				sharing: { minLength: PASSWORD_MIN_LENGTH, enforceNonCommonPassword: true, enforceNumericCharacters: false, enforceSpecialCharacters: false, enforceUpperLowerCase: false },
			},
		},
	}
}
