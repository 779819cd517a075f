<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting;

/**
 * Response shapes of the Safe Meeting OCS API; openapi.json at the project root documents the same.
 * Stored plans registered before a setting existed lack it (the optional keys of SafeMeetingSettingValues);
 * registration requires every key (PlanShape).
 *
 * @psalm-type SafeMeetingRule = array{default: string|int, threshold: string|int, locked: bool}
 * @psalm-type SafeMeetingSettingRules = array{
 *     guestAccess: SafeMeetingRule,
 *     passwordMinLength: SafeMeetingRule,
 *     lobby: SafeMeetingRule,
 *     autoLock: SafeMeetingRule,
 *     autoLockMinutes: SafeMeetingRule,
 *     recording: SafeMeetingRule,
 *     sipDialIn: SafeMeetingRule,
 *     chatExpiry: SafeMeetingRule,
 *     fileRetentionDays: SafeMeetingRule,
 *     meetingRetentionDays: SafeMeetingRule,
 *     bots: SafeMeetingRule,
 *     guestWindowMinutes: SafeMeetingRule,
 *     requirePrivacyNotice: SafeMeetingRule,
 * }
 * @psalm-type SafeMeetingPrivacyNotice = array{text: string, url: string, version: string}
 * @psalm-type SafeMeetingGroupRule = array{group: string, settings: array<string, SafeMeetingRule>}
 * @psalm-type SafeMeetingOrganisationPolicy = array{settings: SafeMeetingSettingRules, privacyNotice: SafeMeetingPrivacyNotice, groupRules: list<SafeMeetingGroupRule>}
 * @psalm-type SafeMeetingEffectivePolicy = array{settings: SafeMeetingSettingRules, privacyNotice: SafeMeetingPrivacyNotice, appliedGroups: list<string>}
 * @psalm-type SafeMeetingSettingValues = array{
 *     guestAccess: 'none'|'password',
 *     passwordMinLength: int,
 *     lobby: 'moderated'|'until-start',
 *     autoLock: 'when-all-joined'|'minutes-after-start'|'off',
 *     autoLockMinutes: int,
 *     recording: 'blocked'|'with-consent',
 *     sipDialIn: 'off'|'allowed',
 *     chatExpiry: int,
 *     fileRetentionDays: int,
 *     meetingRetentionDays: int,
 *     bots?: 'off'|'allowed',
 *     guestWindowMinutes?: int,
 *     requirePrivacyNotice?: 'required'|'optional',
 * }
 * @psalm-type SafeMeetingMigrationChange = array{group: string, setting: string, before: array<string, mixed>, after: array<string, mixed>, narrowed: bool}
 * @psalm-type SafeMeetingPolicyMigration = array{migratedAt: int, changes: list<SafeMeetingMigrationChange>}
 * @psalm-type SafeMeetingTalkRoomSettings = array{roomType: 2|3, listable: 0, lobbyState: 1, lobbyTimer: ?int, messageExpiration: int, sipEnabled: 0|1, recordingConsent: 1}
 * @psalm-type SafeMeetingRegisteredPlan = array{title: string, description: string, start: int, end: int, settings: SafeMeetingSettingValues, privacyNotice: SafeMeetingPrivacyNotice, talk: SafeMeetingTalkRoomSettings}
 * @psalm-type SafeMeetingLockState = array{locked: bool, lockedAt: ?int, lockedBy: ?string, reason: 'moderator'|'all-joined'|'minutes-after-start'|'ended'|null, refusedJoins: int, callStartedAt: ?int}
 * @psalm-type SafeMeetingMeeting = array{id: int, token: string, owner: string, createdAt: int, plan: SafeMeetingRegisteredPlan, lock: SafeMeetingLockState}
 * @psalm-type SafeMeetingViolation = array{field: string, code: string, message: string}
 * @psalm-type SafeMeetingMeetingStatus = array{room: 'present'|'missing'|'left'|'unknown', moderator: bool, participants: int, guestLink: bool, lobby: bool, callActive: bool, findings: list<SafeMeetingViolation>}
 * @psalm-type SafeMeetingListedMeeting = array{id: int, token: string, owner: string, createdAt: int, plan: SafeMeetingRegisteredPlan, lock: SafeMeetingLockState, status: SafeMeetingMeetingStatus}
 * @psalm-type SafeMeetingMeetingPage = array{meetings: list<SafeMeetingListedMeeting>, nextCursor: ?string, now: int}
 * @psalm-type SafeMeetingError = array{message: string, violations?: list<SafeMeetingViolation>}
 * @psalm-type SafeMeetingRetentionItem = array{kind: 'share'|'file'|'recording'|'conversation', id: string, name: string, since: int, dueAt: int, action: 'delete'|'unshare'|'keep', reason: ?string}
 * @psalm-type SafeMeetingChatExpiry = array{messageExpiration: int, lastActivity: ?int, lastMessageGoneAt: ?int}
 * @psalm-type SafeMeetingRetentionPreview = array{token: string, fileRetentionDays: int, meetingRetentionDays: int, chat: SafeMeetingChatExpiry, items: list<SafeMeetingRetentionItem>}
 * @psalm-type SafeMeetingPurgeResult = array{deleted: int, kept: int, purged: bool}
 * @psalm-type SafeMeetingReceipt = array{id: int, token: string, kind: 'share'|'file'|'recording'|'conversation', objectId: string, objectName: string, action: 'deleted'|'kept', reason: ?string, rule: 'file-retention'|'meeting-retention'|'purge', at: int, actorType: 'job'|'occ'|'user', actorId: ?string}
 * @psalm-type SafeMeetingReceiptPage = array{receipts: list<SafeMeetingReceipt>, hasMore: bool}
 * @psalm-type SafeMeetingReceiptSettings = array{retentionDays: int}
 * @psalm-type SafeMeetingEvidence = array{source: string, label: string, value: string}
 * @psalm-type SafeMeetingFix = array{kind: 'action'|'link', label: string, setting: string, action?: string, url?: string}
 * @psalm-type SafeMeetingCriterion = array{criterion: int, title: string, sources: string, status: 'holds'|'fails'|'unreadable', summary: string, evidence: list<SafeMeetingEvidence>, fix: ?SafeMeetingFix}
 * @psalm-type SafeMeetingFinding = array{code: string, expected: string|int|bool, actual: string|int|bool}
 * @psalm-type SafeMeetingOverviewRow = array{token: string, title: string, start: int, end: int, owner: string, ownerDisplayName: string, status: 'compliant'|'findings'|'room-missing', findings: list<SafeMeetingFinding>, serverFindings: list<SafeMeetingViolation>}
 * @psalm-type SafeMeetingNoMonitoring = array{enabled: bool, users: int, publicReadReceipts: int, publicTyping: int}
 * @psalm-type SafeMeetingAttestation = array{item: string, subject: string, attestedBy: string, attestedAt: int, documentRef: string, reviewDue: int, details: object}
 * @psalm-type SafeMeetingEvidenceItem = array{item: string, name: string, attestation: ?SafeMeetingAttestation, overdue: bool}
 * @psalm-type SafeMeetingProvider = array{host: string, uses: list<string>, attestation: ?SafeMeetingAttestation, overdue: bool}
 * @psalm-type SafeMeetingEvidenceOverview = array{items: list<SafeMeetingEvidenceItem>, hosts: list<SafeMeetingProvider>, hostsReadable: bool}
 * @psalm-type SafeMeetingRecordRow = array{label: string, value: string}
 * @psalm-type SafeMeetingRecordSection = array{id: string, title: string, rows: list<SafeMeetingRecordRow>}
 * @psalm-type SafeMeetingDpiaQuestion = array{question: string, answer: 'yes'|'no'|'unknown', basis: string}
 * @psalm-type SafeMeetingRecord = array{generatedAt: int, sections: list<SafeMeetingRecordSection>, dpia: array{questions: list<SafeMeetingDpiaQuestion>, indicated: bool, summary: string}}
 * @psalm-type SafeMeetingRecordContact = array{contact: string, dpo: string}
 * @psalm-type SafeMeetingOverview = array{meetings: list<SafeMeetingOverviewRow>, total: int, counts: array{compliant: int, findings: int, room-missing: int}}
 */
class ResponseDefinitions {
}
