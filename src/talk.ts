/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Entry added to Talk's page (lib/Listener/TalkScriptListener.php): one "Safe meeting controls" action
 * in the menu of every chat message (talk.md §13.1). It stays tiny: the controls load only when used,
 * and the label comes from Nextcloud's global `t` rather than a bundled translation library.
 */

interface TalkMessageAction {
	label: string
	icon: string
	callback: (context: { metadata: { token: string } }) => void
}

interface TalkWindow {
	t?: (app: string, text: string) => string
	OCA?: { Talk?: { registerMessageAction?: (action: TalkMessageAction) => void } }
}

window.addEventListener('DOMContentLoaded', () => {
	const talkWindow = window as unknown as TalkWindow
	const register = talkWindow.OCA?.Talk?.registerMessageAction
	if (register === undefined) {
		return // a Talk without extension points: nothing to add
	}
	register({
		label: talkWindow.t?.('safe_meeting', 'Safe meeting controls') ?? 'Safe meeting controls',
		icon: 'icon-password',
		callback: ({ metadata }) => {
			void import('./integration/openMeetingControls.ts').then(({ openMeetingControls }) => openMeetingControls(metadata.token))
		},
	})
})

// A module (the interfaces above stay local to it).
export {}
