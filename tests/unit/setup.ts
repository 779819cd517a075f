/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What a Nextcloud page provides before our code runs: the capabilities initial state.
 */
export const TEST_CAPABILITIES = {
	spreed: {
		features: ['conversation-creation-all', 'conversation-creation-password', 'webinary-lobby', 'listable-rooms', 'room-description', 'message-expiration', 'recording-consent', 'sip-support'],
	},
	password_policy: {},
}

// Nextcloud sets the web root on every page; @nextcloud/router builds URLs from it.
Object.assign(globalThis, { _oc_webroot: '' })

if (typeof document !== 'undefined' && document.getElementById('initial-state-core-capabilities') === null) {
	const input = document.createElement('input')
	input.type = 'hidden'
	input.id = 'initial-state-core-capabilities'
	input.value = btoa(JSON.stringify(TEST_CAPABILITIES))
	document.body.appendChild(input)
}
