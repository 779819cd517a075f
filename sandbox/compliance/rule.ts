/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * One criterion of the sandbox's compliance report and the helpers its rules share (twins of
 * CriterionResult, Evidence and Fix in lib/Compliance).
 */
import type { ComplianceCriterion, ComplianceEvidence, ComplianceFix } from '../../src/api/types.ts'
import type { SandboxState } from '../state.ts'

import { ADMIN_PAGE } from '../config.ts'

export type Result = Pick<ComplianceCriterion, 'status' | 'summary' | 'evidence' | 'fix'>
export interface Rule { criterion: number, title: string, sources: ComplianceCriterion['sources'], evaluate: (state: SandboxState) => Result }

export const ev = (source: string, label: string, value: string | number | boolean): ComplianceEvidence => ({ source, label, value: typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value) })
export const holds = (summary: string, evidence: ComplianceEvidence[]): Result => ({ status: 'holds', summary, evidence, fix: null })
export const fails = (summary: string, evidence: ComplianceEvidence[], fix: ComplianceFix): Result => ({ status: 'fails', summary, evidence, fix })
export const link = (section: string, label: string, setting: string): ComplianceFix => ({ kind: 'link', label, setting, url: ADMIN_PAGE.replace('safe_meeting', section) })
/** Nextcloud's app management (AdminLinks::apps). */
export const appsLink = (setting: string): ComplianceFix => ({ kind: 'link', label: 'Open the apps', setting, url: ADMIN_PAGE.replace('/admin/safe_meeting', '/apps') })
/** Talk's boolean app config, in every spelling Talk accepts. */
export const isOn = (value: string | undefined) => ['1', 'true', 'yes', 'on'].includes((value ?? '').toLowerCase())
