/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Names for the Talk types we use, all generated from Talk's own OpenAPI contract (openapi.d.ts).
 */
import type { components, operations } from './openapi.d.ts'

export type TalkRoom = components['schemas']['Room']
export type TalkCapabilities = components['schemas']['Capabilities']
export type CallPeer = components['schemas']['CallPeer']
export type CreateRoomBody = NonNullable<operations['room-create-room']['requestBody']>['content']['application/json']
export type TalkParticipant = components['schemas']['Participant']
