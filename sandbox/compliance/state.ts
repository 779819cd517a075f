/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What the sandbox's stand-in server knows beyond its Talk rooms, for the compliance centre: the Talk and
 * core settings the criteria read (as Nextcloud stores them), the admin's evidence, guests' notice
 * acknowledgements per browser session, and the audit log Safe Meeting writes.
 */

import type { SandboxAttestation } from './evidence.ts'

export interface AuditEntry { message: string, params: Record<string, string> }

export interface ComplianceSandboxState {
	/** Talk app config keys the sandbox's Talk does not model itself (force_passwords and call_recording it does). */
	talk: Record<string, string>
	/** config.php */
	system: Record<string, string | number | boolean>
	/** app id → app config of core apps (theming, password_policy) */
	apps: Record<string, Record<string, string>>
	enabledApps: string[]
	/** The "no monitoring" profile is on. */
	noMonitoring: boolean
	/** uid → Talk's privacy preferences that were set ('1' = private); unset = public, Talk's default. */
	preferences: Record<string, { read_status_privacy?: string, typing_privacy?: string }>
	/** Browser session id → room token → notice version the guest read. Gone with the session cookie. */
	noticeAcks: Map<string, Record<string, string>>
	/** The Art. 30 record's typed contact details. */
	contact: { contact: string, dpo: string }
	/** Every attestation, oldest first; the latest per item (and host) is in force. */
	attestations: SandboxAttestation[]
	audit: AuditEntry[]
}

/** A fresh Nextcloud with Talk, as most installations start: HTTPS, password_policy, no legal links yet. */
export function createComplianceState(): ComplianceSandboxState {
	return {
		talk: { calls_start_without_media: '0', recording_consent: '0' },
		system: { 'overwrite.cli.url': 'https://cloud.example.org', loglevel: 2 },
		apps: { theming: {} },
		enabledApps: ['spreed', 'password_policy', 'theming'],
		noMonitoring: false,
		preferences: {},
		noticeAcks: new Map(),
		contact: { contact: '', dpo: '' },
		attestations: [],
		audit: [],
	}
}
