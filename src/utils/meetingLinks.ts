/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The links of a safe meeting, absolute so they can be sent.
 */
import { generateUrl } from '@nextcloud/router'

const absolute = (path: string) => window.location.origin + path

/** Talk's own link to the conversation (for those already in Nextcloud). */
export const talkPath = (token: string): string => generateUrl('/call/{token}', { token })
export const talkLink = (token: string): string => absolute(talkPath(token))

/** Our page for invitees: the privacy notice first, then on to Talk. */
export const meetingLink = (token: string): string => absolute(generateUrl('/apps/safe_meeting/m/{token}', { token }))
