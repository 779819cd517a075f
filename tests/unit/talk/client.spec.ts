/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The Talk client: every request it sends must conform to Talk's own OpenAPI contract.
 */
import { AxiosError, AxiosHeaders } from 'axios'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { TALK_OPENAPI_PATH } from '../../../sandbox/config.ts'
import { OpenApiValidator } from '../../../sandbox/openapiValidator.ts'
import { OcsError } from '../../../src/api/ocs.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { calendarEventBody } from '../../../src/services/calendarEvent.ts'
import { createAllBody, privateRoomBody } from '../../../src/services/createSafeMeeting.ts'
import { invitationText } from '../../../src/services/invitation.ts'
import { talkClient } from '../../../src/talk/client.ts'
import { describeTalkError } from '../../../src/talk/errors.ts'
import { choices, effective, NOW } from '../policy/builders.ts'

const request = vi.hoisted(() => vi.fn())
vi.mock('@nextcloud/axios', async (original) => ({ ...(await original<object>()), default: { request } }))

const contract = new OpenApiValidator('talk', TALK_OPENAPI_PATH)

/** Validates the request the client just sent against Talk's contract; returns the problems. */
function contractProblems(): string[] {
	const config = request.mock.calls.at(-1)![0] as { method: string, url: string, data?: unknown, headers: Record<string, string> }
	const url = new URL(config.url, 'http://localhost')
	const matched = contract.match(config.method, url.pathname)
	if (matched === null) { return [`no operation for ${config.method} ${url.pathname}`] }
	return contract.validateRequest(matched.operation, {
		pathParams: matched.pathParams,
		query: Object.fromEntries(url.searchParams),
		headers: Object.fromEntries(Object.entries(config.headers).map(([k, v]) => [k.toLowerCase(), v])),
		body: config.data,
	})
}

function plan(overrides = {}) {
	const result = planMeeting(effective(), choices({ emails: ['g@example.org'], password: 'x'.repeat(20), ...overrides }), NOW)
	if (!result.ok) { throw new Error('plan') }
	return result.plan
}

describe('talkClient', () => {
	beforeEach(() => {
		request.mockReset()
		request.mockResolvedValue({ status: 200, data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data: { token: 'abcd1234' } } } })
	})

	it('unwraps the OCS envelope and sends the OCS header', async () => {
		request.mockResolvedValue({ status: 201, data: { ocs: { meta: { status: 'ok', statuscode: 201 }, data: { token: 'abcd1234' } } } })
		const result = await talkClient.createRoom(createAllBody(plan(), 'x'.repeat(20)))
		expect(result).toEqual({ status: 201, data: { token: 'abcd1234' } })
		expect(request.mock.calls[0]![0]).toMatchObject({ method: 'POST', url: 'http://localhost:3000/ocs/v2.php/apps/spreed/api/v4/room', headers: { 'OCS-APIRequest': 'true' } })
	})

	it.each([
		['create with every setting', () => talkClient.createRoom(createAllBody(plan(), 'x'.repeat(20)))],
		['create with every setting and a lobby timer', () => talkClient.createRoom(createAllBody(plan({ settings: { lobby: 'until-start' } }), 'x'.repeat(20)))],
		['create a private room first', () => talkClient.createRoom(privateRoomBody(plan()))],
		['get a room', () => talkClient.getRoom('abcd1234')],
		['delete a room', () => talkClient.deleteRoom('abcd1234')],
		['make public with password', () => talkClient.makePublic('abcd1234', 'secret')],
		['set the lobby', () => talkClient.setLobby('abcd1234', 1, NOW)],
		['set the lobby without timer', () => talkClient.setLobby('abcd1234', 1, null)],
		['set the message expiration', () => talkClient.setMessageExpiration('abcd1234', 3600)],
		['set the description', () => talkClient.setDescription('abcd1234', 'Notice')],
		['require recording consent', () => talkClient.setRecordingConsent('abcd1234', 1)],
		['set SIP', () => talkClient.setSip('abcd1234', 0)],
		['invite by e-mail', () => talkClient.addParticipant('abcd1234', 'g@example.org', 'emails')],
		['list who is in the call', () => talkClient.getPeersInCall('abcd1234')],
		['enable our bot', () => talkClient.enableBot('abcd1234', 7)],
		['list the participants', () => talkClient.getParticipants('abcd1234')],
		['put the meeting into the calendar, inviting users', () => talkClient.scheduleMeeting('abcd1234', calendarEventBody(plan(), 'personal', invitationText({ title: 'Board meeting', start: NOW + 3600, end: NOW + 7200, meetingLink: 'https://cloud.example.org/m', privacyNoticeUrl: '', hasPassword: true }), [12, 14]))],
		['put the meeting into the organiser\'s calendar only', () => talkClient.scheduleMeeting('abcd1234', calendarEventBody(plan(), 'personal', 'Invitation', []))],
	])('sends a request that conforms to Talk\'s contract: %s', async (_name, call) => {
		await call()
		expect(contractProblems()).toEqual([])
	})

	it('asks Talk to schedule the meeting in the chosen calendar, inviting the given attendees only, with the invitation and no password', async () => {
		const planned = plan({ title: 'R&D', start: NOW + 3600, end: NOW + 7200 })
		const invitation = invitationText({ title: planned.title, start: planned.start, end: planned.end, meetingLink: 'https://cloud.example.org/m', privacyNoticeUrl: '', hasPassword: true })
		await talkClient.scheduleMeeting('abcd1234', calendarEventBody(planned, 'team_shared_by_bob', invitation, [12]))
		const config = request.mock.calls.at(-1)![0] as { method: string, url: string, data: Record<string, unknown> }
		expect(config).toMatchObject({ method: 'POST', url: 'http://localhost:3000/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/meeting' })
		expect(config.data).toEqual({ calendarUri: 'team_shared_by_bob', start: NOW + 3600, end: NOW + 7200, title: 'R&D', description: invitation, attendeeIds: [12] })
		expect(JSON.stringify(config.data)).not.toContain('x'.repeat(20))
		expect(contractProblems()).toEqual([])
	})

	it('lists the participants with a GET on the room\'s participants and returns Talk\'s list', async () => {
		const participants = [{ attendeeId: 3, actorType: 'users', actorId: 'bob' }]
		request.mockResolvedValue({ status: 200, data: { ocs: { meta: { status: 'ok', statuscode: 200 }, data: participants } } })
		expect(await talkClient.getParticipants('abcd1234')).toEqual(participants)
		expect(request.mock.calls.at(-1)![0]).toMatchObject({ method: 'GET', url: 'http://localhost:3000/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/participants' })
	})

	it('detects a request that breaks the contract', async () => {
		await talkClient.createRoom({ roomType: 'two' } as never)
		expect(contractProblems().length).toBeGreaterThan(0)
	})

	it('turns Talk\'s error payload into an OcsError with its translated hint', async () => {
		request.mockRejectedValue(new AxiosError('Bad Request', '400', undefined, undefined, {
			status: 400,
			statusText: 'Bad Request',
			headers: {},
			config: { headers: new AxiosHeaders() },
			data: { ocs: { meta: { status: 'failure', statuscode: 400 }, data: { error: 'password', message: 'Password is too short' } } },
		}))
		const error = await talkClient.makePublic('abcd1234', 'x').catch((e) => e)
		expect(error).toBeInstanceOf(OcsError)
		expect(error).toMatchObject({ status: 400, reason: 'password', hint: 'Password is too short' })
		expect(describeTalkError(error)).toBe('Password is too short')
	})

	it('explains the refusals Talk 24 added: admin-forced values and calendar-event conversations', () => {
		expect(describeTalkError(new OcsError(400, 'forced', ''))).toBe('Your administrator has fixed this setting in Talk, so it cannot be changed.')
		expect(describeTalkError(new OcsError(400, 'event', ''))).toBe('Talk does not allow this change in a conversation that belongs to a calendar event.')
	})

	it('explains errors without a hint from their reason or status', () => {
		expect(describeTalkError(new OcsError(400, 'lobby', ''))).toBe('Talk rejected the lobby setting.')
		expect(describeTalkError(new OcsError(403, '', ''))).toBe('You are not allowed to do this in Talk.')
		expect(describeTalkError(new TypeError('offline'))).toContain('could not be reached')
		expect(describeTalkError(new OcsError(0, 'network', ''))).toContain('could not be reached')
	})
})
