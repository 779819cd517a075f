/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Translated sentences for the policy editor: the draft's violations, the server's field problems and save failures.
 */

import type { SettingKey } from '../../policy/settings.ts'
import type { PrivacyNotice, Violation } from '../../policy/types.ts'
import type { SaveFailure, ServerViolation } from '../../stores/adminPolicy.ts'

import { t } from '@nextcloud/l10n'
import { AS_TEXT } from '../../l10n/asText.ts'
import { settingName } from '../../l10n/settingTexts.ts'
import { describeViolation } from '../../l10n/violationTexts.ts'
import { SETTING_KEYS } from '../../policy/settings.ts'

/** A problem shown next to the field at `field` (a path like `groupRules.0.settings.lobby.default`). */
export interface Problem {
	field: string
	message: string
}

export function noticeLabel(field: keyof PrivacyNotice): string {
	switch (field) {
		case 'text': return t('safe_meeting', 'Notice text')
		case 'url': return t('safe_meeting', 'Link to the full privacy notice')
		case 'version': return t('safe_meeting', 'Notice version')
	}
}

/**
 * The name of the thing a violation path points at, as the admin sees it labelled.
 */
function fieldLabel(field: string): string {
	const parts = field.split('.')
	const settingKey = parts.find((part) => (SETTING_KEYS as string[]).includes(part)) as SettingKey | undefined
	if (settingKey !== undefined) {
		return settingName(settingKey)
	}
	if (parts[0] === 'privacyNotice' && (parts[1] === 'text' || parts[1] === 'url' || parts[1] === 'version')) {
		return noticeLabel(parts[1])
	}
	if (parts[0] === 'groupRules') {
		return parts[2] === 'group' ? t('safe_meeting', 'Group') : t('safe_meeting', 'Group rules')
	}
	return settingName(parts[parts.length - 1] ?? field)
}

/**
 * describeViolation names a setting (and its values) from the path itself; other paths end in a segment
 * (`url`, `group`) the admin sees labelled differently, so those get the label instead. Labels never
 * contain a dot, so describeViolation's own splitting leaves them whole.
 */
export function describeAdminViolation(violation: Violation): string {
	const namesSetting = violation.field.split('.').some((part) => (SETTING_KEYS as string[]).includes(part))
	return describeViolation(namesSetting ? violation : { ...violation, field: fieldLabel(violation.field).replaceAll('.', '') })
}

/**
 * The draft's own problems, then the server's (already translated) ones.
 */
export function problemsOf(violations: Violation[], fromServer: ServerViolation[]): Problem[] {
	return [
		...violations.map((violation) => ({ field: violation.field, message: describeAdminViolation(violation) })),
		...fromServer.map((violation) => ({
			field: violation.field,
			message: violation.message !== '' ? violation.message : describeAdminViolation({ field: violation.field, code: violation.code as Violation['code'] }),
		})),
	]
}

/**
 * Messages for one field, keyed by the sub-field below `path` ('' = the field itself, 'default', 'allowed', …).
 */
export function messagesBelow(problems: Problem[], path: string): Record<string, string[]> {
	const result: Record<string, string[]> = {}
	for (const problem of problems) {
		if (problem.field !== path && !problem.field.startsWith(path + '.')) {
			continue
		}
		const sub = problem.field.slice(path.length + 1)
		if (!(result[sub] ?? []).includes(problem.message)) {
			(result[sub] ??= []).push(problem.message)
		}
	}
	return result
}

/**
 * For the summary: says which group rule a problem belongs to.
 */
export function summaryLine(problem: Problem, groupOf: (index: number) => string | undefined): string {
	const match = /^groupRules\.(\d+)(\.|$)/.exec(problem.field)
	const group = match ? groupOf(Number(match[1])) : undefined
	return group !== undefined && group !== ''
		? t('safe_meeting', 'Rule for {group}: {message}', { group, message: problem.message }, undefined, AS_TEXT)
		: problem.message
}

export function describeSaveFailure(failure: SaveFailure): string {
	switch (failure.kind) {
		case 'password':
			return t('safe_meeting', 'The policy was not saved because your password was not confirmed. Your changes are kept.')
		case 'invalid':
			return failure.message !== '' ? failure.message : t('safe_meeting', 'The server refused the policy. Nothing was changed.')
		case 'forbidden':
			return t('safe_meeting', 'You are not allowed to change the policy. Only administrators can, after confirming their password. Your changes are kept.')
		case 'network':
			return t('safe_meeting', 'The server could not be reached. Your changes are kept; please try again.')
		case 'server':
			return failure.status > 0
				? t('safe_meeting', 'The policy could not be saved (error {status}). Your changes are kept; please try again.', { status: failure.status })
				: t('safe_meeting', 'The policy could not be saved. Your changes are kept; please try again.')
	}
}
