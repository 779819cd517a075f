/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Names for our own API's types, generated from openapi.json (npm run generate:types).
 */
import type { components } from './openapi.d.ts'

export type Meeting = components['schemas']['Meeting']
export type ListedMeeting = components['schemas']['ListedMeeting']
export type LockState = components['schemas']['LockState']
export type MeetingStatus = components['schemas']['MeetingStatus']
export type MeetingPage = components['schemas']['MeetingPage']
export type RegisteredPlanDto = components['schemas']['RegisteredPlan']
export type OrganisationPolicyDto = components['schemas']['OrganisationPolicy']
export type EffectivePolicyDto = components['schemas']['EffectivePolicy']
export type ApiViolation = components['schemas']['Violation']
export type RetentionPreview = components['schemas']['RetentionPreview']
export type RetentionItem = components['schemas']['RetentionItem']
export type PurgeResult = components['schemas']['PurgeResult']
export type Receipt = components['schemas']['Receipt']
export type ReceiptPage = components['schemas']['ReceiptPage']
export type ReceiptSettings = components['schemas']['ReceiptSettings']
export type ComplianceCriterion = components['schemas']['Criterion']
export type ComplianceEvidence = components['schemas']['Evidence']
export type ComplianceFix = components['schemas']['Fix']
export type MeetingOverview = components['schemas']['MeetingOverview']
export type OverviewMeeting = components['schemas']['OverviewMeeting']
export type NoMonitoring = components['schemas']['NoMonitoring']
export type EvidenceOverview = components['schemas']['EvidenceOverview']
export type EvidenceItem = components['schemas']['EvidenceItem']
export type Provider = components['schemas']['Provider']
export type ProcessingRecord = components['schemas']['ProcessingRecord']
export type RecordContact = components['schemas']['RecordContact']
