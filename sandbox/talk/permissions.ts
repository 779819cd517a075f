/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * One attendee's permissions (RoomController::setAttendeePermissions, ParticipantService::
 * updatePermissions, talk.md §5.2): how a moderator lets someone past the lobby (bit 8).
 */
import type { RequestInfo, SandboxState } from '../state.ts'
import type { Attendee, RoomState } from './model.ts'

import { OcsError } from '../ocs.ts'
import { recordChange } from '../state.ts'
import { effectivePermissions } from './format.ts'
import { isModerator, TYPE_ONE_TO_ONE, USER, USER_SELF_JOINED } from './model.ts'

/** The custom bit Talk adds to every permission value set on purpose. */
const CUSTOM = 1

/**
 * `set` replaces the attendee's own value, `add`/`remove` start from its effective permissions;
 * returns the attendee. A self-joined user becomes a permanent one.
 */
export function setAttendeePermissions(state: SandboxState, room: RoomState, attendeeId: number, method: string, permissions: number, info: RequestInfo): Attendee {
	const attendee = room.attendees.find((a) => a.id === attendeeId)
	if (attendee === undefined) {
		throw new OcsError(404, { error: 'participant' })
	}
	if (room.type === TYPE_ONE_TO_ONE || room.type === 5) {
		throw new OcsError(400, { error: 'room-type' })
	}
	if (isModerator(attendee)) {
		throw new OcsError(403, { error: 'moderator' })
	}
	if (permissions < 0 || permissions > 255) {
		throw new OcsError(400, { error: 'value' })
	}
	const current = effectivePermissions(room, attendee)
	const next = method === 'set'
		? (permissions === 0 ? 0 : permissions | CUSTOM)
		: method === 'add' ? current | permissions : method === 'remove' ? current & ~permissions : null
	if (next === null) {
		throw new OcsError(400, { error: 'method' })
	}
	attendee.permissions = next
	if (attendee.participantType === USER_SELF_JOINED) {
		attendee.participantType = USER
	}
	recordChange(state, room, 'modified', info)
	return attendee
}
