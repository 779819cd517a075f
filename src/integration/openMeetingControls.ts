/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Loaded on demand from Talk's page (src/talk.ts): mounts the meeting controls in a dialog of their
 * own, outside Talk's DOM, and removes it again when closed.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import MeetingControlsDialog from '../components/meeting/MeetingControlsDialog.vue'

export function openMeetingControls(token: string): void {
	const mount = document.createElement('div')
	document.body.appendChild(mount)
	const app = createApp(MeetingControlsDialog, {
		token,
		onClose: () => {
			app.unmount()
			mount.remove()
		},
	})
	app.use(createPinia()).mount(mount)
}
