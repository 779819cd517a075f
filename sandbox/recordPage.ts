/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The record of processing activities as a printable page and as downloads (twin of RecordPageController):
 * `/index.php/apps/safe_meeting/compliance/record`, `….json`, `….csv`; for admins only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SandboxState } from './state.ts'

import { processingRecord, recordCsv } from './compliance/record.ts'
import { APP_ID } from './config.ts'
import { baseUrlOf, sendText } from './http.ts'
import { renderPage } from './page.ts'
import { resolvePageSession } from './session.ts'

export const RECORD_PAGE = new RegExp(`^/index\\.php/apps/${APP_ID}/compliance/record(\\.json|\\.csv)?$`)

export function handleRecordPage(state: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL, match: RegExpExecArray): void {
	const session = resolvePageSession(req, url)
	const cookies: Record<string, string[]> = session.setCookies.length > 0 ? { 'Set-Cookie': session.setCookies } : {}
	if (!session.user.isAdmin) {
		return sendText(res, 403, 'text/plain; charset=utf-8', 'Only administrators can see and change the compliance of this server.', cookies)
	}
	const record = processingRecord(state)
	const file = (extension: string) => ({ ...cookies, 'Content-Disposition': `attachment; filename="processing-record-${new Date().toISOString().slice(0, 10)}${extension}"` })
	if (match[1] === '.json') {
		return sendText(res, 200, 'application/json; charset=utf-8', JSON.stringify(record, null, '\t'), file('.json'))
	}
	if (match[1] === '.csv') {
		return sendText(res, 200, 'text/csv; charset=utf-8', recordCsv(record), file('.csv'))
	}
	const html = renderPage(state, session, { title: 'Record of processing activities', mount: 'safe_meeting-record', entry: 'record', initialState: [['safe_meeting', 'record', record]] }, baseUrlOf(req), match[0])
	sendText(res, 200, 'text/html; charset=utf-8', html, cookies)
}
