/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The links of a safe meeting: guests get the privacy notice page (Art. 13 GDPR before joining), which
 * sends them on to Talk; moderators open Talk directly.
 */
import { generateUrl } from '@nextcloud/router'

/** Talk's page of the conversation (`/call/{token}`), relative to this server. */
export const talkLink = (token: string): string => generateUrl('/call/{token}', { token })

/** The link to give guests: the meeting's privacy notice page, absolute. */
export const guestLink = (token: string): string => window.location.origin + generateUrl('/apps/safe_meeting/m/{token}', { token })
