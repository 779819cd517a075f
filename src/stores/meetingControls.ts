/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Moderators' controls of running safe meetings, per meeting token: the lock state (from our API), who
 * is in the call (Talk's API, read only when the moderator asks: a request per running meeting would
 * make the list's cost grow with it), and one action at a time.
 */
import type { Admittee } from '../api/lock.ts'
import type { LockState, Meeting } from '../api/types.ts'
import type { CallPeer } from '../talk/types.ts'

import { t } from '@nextcloud/l10n'
import { defineStore } from 'pinia'
import { lockApi } from '../api/lock.ts'
import { AS_TEXT } from '../l10n/asText.ts'
import { describeLockError } from '../l10n/lockTexts.ts'
import { talkClient } from '../talk/client.ts'

export type ControlAction = 'lock' | 'unlock' | 'admit' | 'end'

export interface MeetingControls {
	lock: LockState
	/** Who is in the call; null until asked, while loading or when it could not be read. */
	peers: CallPeer[] | null
	peersLoading: boolean
	peersFailed: boolean
	busy: ControlAction | null
	/** The last action's failure, translated; '' when none. */
	error: string
	/** The last action's success, for a screen-reader announcement; '' when none. */
	done: string
}

const EMPTY_LOCK: LockState = { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null }

export const useMeetingControlsStore = defineStore('meetingControls', {
	state: () => ({
		byToken: {} as Record<string, MeetingControls>,
	}),
	actions: {
		/** The controls of a meeting, seeded from the meeting as the list delivered it. */
		of(meeting: Meeting): MeetingControls {
			this.byToken[meeting.token] ??= { lock: meeting.lock ?? EMPTY_LOCK, peers: null, peersLoading: false, peersFailed: false, busy: null, error: '', done: '' }
			return this.byToken[meeting.token]!
		},
		async loadPeers(token: string) {
			const controls = this.byToken[token]
			if (controls === undefined) {
				return
			}
			controls.peersFailed = false
			controls.peersLoading = true
			try {
				controls.peers = await talkClient.getPeersInCall(token)
			} catch {
				controls.peers = null
				controls.peersFailed = true
			} finally {
				controls.peersLoading = false
			}
		},
		lock(token: string) {
			return this.run(token, 'lock', async (c) => {
				c.lock = await lockApi.lock(token)
				return t('safe_meeting', 'The meeting is locked. Everyone in it stays.')
			})
		},
		unlock(token: string) {
			return this.run(token, 'unlock', async (c) => {
				c.lock = await lockApi.unlock(token)
				return t('safe_meeting', 'The meeting is open again.')
			})
		},
		end(token: string) {
			return this.run(token, 'end', async (c) => {
				c.lock = await lockApi.end(token)
				return t('safe_meeting', 'The call was ended for everyone and the meeting is locked.')
			})
		},
		admit(token: string, who: Admittee) {
			return this.run(token, 'admit', async () => {
				const name = await lockApi.admit(token, who)
				return name === ''
					? t('safe_meeting', 'Admitted: Talk has sent the guest their personal link.')
					: t('safe_meeting', '{name} was admitted and can join now.', { name }, undefined, AS_TEXT)
			})
		},
		/** One action at a time; afterwards who is in the call is read again, if it was shown. */
		async run(token: string, action: ControlAction, perform: (controls: MeetingControls) => Promise<string>): Promise<boolean> {
			const controls = this.byToken[token]
			if (controls === undefined || controls.busy !== null) {
				return false
			}
			controls.busy = action
			controls.error = ''
			controls.done = ''
			try {
				controls.done = await perform(controls)
				return true
			} catch (error) {
				controls.error = describeLockError(error)
				return false
			} finally {
				controls.busy = null
				if (controls.peers !== null || controls.peersFailed) {
					void this.loadPeers(token)
				}
			}
		},
	},
})
