/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test control for retention: put files and recordings into a room (what users do in Talk), read what
 * retention did.
 */
import type { ControlHandler } from '../control.ts'
import type { SandboxRecording, SandboxShare } from './model.ts'

import { nextId, now } from '../state.ts'

const LOCATIONS: SandboxShare['location'][] = ['talk', 'elsewhere', 'group-folder']

function text(value: unknown, fallback?: string): string | null {
	return typeof value === 'string' && value !== '' ? value : (fallback ?? null)
}

export const retentionControls: Record<string, ControlHandler> = {
	'POST /__sandbox/shares': (state, body) => {
		const token = text(body.token)
		const name = text(body.name)
		const location = (body.location ?? 'talk') as SandboxShare['location']
		if (token === null || name === null || !LOCATIONS.includes(location)) {
			return [400, { error: 'expected {token, name, owner?, sharedAt?, location?: talk|elsewhere|group-folder, sharedElsewhere?, itemType?: file|folder}' }]
		}
		const share: SandboxShare = {
			id: nextId(state),
			token,
			name,
			owner: text(body.owner, 'alice')!,
			itemType: body.itemType === 'folder' ? 'folder' : 'file',
			sharedAt: typeof body.sharedAt === 'number' ? body.sharedAt : now(state),
			location,
			sharedElsewhere: body.sharedElsewhere === true,
		}
		state.retention.shares.push(share)
		return [200, share]
	},
	'POST /__sandbox/recordings': (state, body) => {
		const token = text(body.token)
		const name = text(body.name)
		if (token === null || name === null) {
			return [400, { error: 'expected {token, name, owner?, storedAt?, sharedElsewhere?}' }]
		}
		const recording: SandboxRecording = {
			id: nextId(state),
			token,
			name,
			owner: text(body.owner, 'alice')!,
			storedAt: typeof body.storedAt === 'number' ? body.storedAt : now(state),
			sharedElsewhere: body.sharedElsewhere === true,
		}
		state.retention.recordings.push(recording)
		return [200, recording]
	},
	'GET /__sandbox/retention': (state) => [200, state.retention],
}
