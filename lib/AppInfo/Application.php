<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\AppInfo;

use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Event\AttestationRecordedEvent;
use OCA\SafeMeeting\Event\ComplianceFixAppliedEvent;
use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Event\NoMonitoringChangedEvent;
use OCA\SafeMeeting\Event\PlanRestoredEvent;
use OCA\SafeMeeting\Event\PolicyChangedEvent;
use OCA\SafeMeeting\Listener\AttendeeGuardListener;
use OCA\SafeMeeting\Listener\AttendeeRemovedListener;
use OCA\SafeMeeting\Listener\AutoLockListener;
use OCA\SafeMeeting\Listener\BotCommandListener;
use OCA\SafeMeeting\Listener\ComplianceAuditListener;
use OCA\SafeMeeting\Listener\GuestJoinedListener;
use OCA\SafeMeeting\Listener\JoinGuardListener;
use OCA\SafeMeeting\Listener\LockAuditListener;
use OCA\SafeMeeting\Listener\LockNoticeListener;
use OCA\SafeMeeting\Listener\NoMonitoringListener;
use OCA\SafeMeeting\Listener\OutsideParticipantGuardListener;
use OCA\SafeMeeting\Listener\PasswordGuardListener;
use OCA\SafeMeeting\Listener\PlanRestoredAuditListener;
use OCA\SafeMeeting\Listener\PolicyAuditListener;
use OCA\SafeMeeting\Listener\PrivacyNoticeJoinListener;
use OCA\SafeMeeting\Listener\RecordingStartedListener;
use OCA\SafeMeeting\Listener\RoomDeletedListener;
use OCA\SafeMeeting\Listener\RoomDeletingListener;
use OCA\SafeMeeting\Listener\RoomGuardListener;
use OCA\SafeMeeting\Listener\RoomShareDeletedListener;
use OCA\SafeMeeting\Listener\TalkScriptListener;
use OCA\SafeMeeting\Middleware\PrivacyNoticeMiddleware;
use OCA\SafeMeeting\Middleware\TalkRequestGuardMiddleware;
use OCA\SafeMeeting\SetupCheck\AccessProtectionSetupCheck;
use OCA\SafeMeeting\SetupCheck\InformationDutySetupCheck;
use OCA\SafeMeeting\SetupCheck\OrganisationalEvidenceSetupCheck;
use OCA\SafeMeeting\SetupCheck\RecordingConsentSetupCheck;
use OCA\Talk\Events\AttendeeRemovedEvent;
use OCA\Talk\Events\BeforeAttendeesAddedEvent;
use OCA\Talk\Events\BeforeFederatedUserJoinedRoomEvent;
use OCA\Talk\Events\BeforeGuestJoinedRoomEvent;
use OCA\Talk\Events\BeforeLobbyModifiedEvent;
use OCA\Talk\Events\BeforeParticipantModifiedEvent;
use OCA\Talk\Events\BeforeRoomDeletedEvent;
use OCA\Talk\Events\BeforeRoomModifiedEvent;
use OCA\Talk\Events\BeforeUserJoinedRoomEvent;
use OCA\Talk\Events\BotInvokeEvent;
use OCA\Talk\Events\CallStartedEvent;
use OCA\Talk\Events\GuestJoinedRoomEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Events\RoomDeletedEvent;
use OCA\Talk\Events\RoomModifiedEvent;
use OCA\Talk\Events\RoomPasswordVerifyEvent;
use OCP\AppFramework\App;
use OCP\AppFramework\Bootstrap\IBootContext;
use OCP\AppFramework\Bootstrap\IBootstrap;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
use OCP\AppFramework\Http\Events\BeforeTemplateRenderedEvent;
use OCP\Config\BeforePreferenceSetEvent;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\User\Events\UserCreatedEvent;

class Application extends App implements IBootstrap {
	public const APP_ID = 'safe_meeting';

	public function __construct(array $urlParams = []) {
		parent::__construct(self::APP_ID, $urlParams);
	}

	public function register(IRegistrationContext $context): void {
		$context->registerConfigLexicon(Lexicon::class);
		$context->registerEventListener(PolicyChangedEvent::class, PolicyAuditListener::class);
		$context->registerEventListener(PlanRestoredEvent::class, PlanRestoredAuditListener::class);
		// Talk's lobby event is not a BeforeRoomModifiedEvent, so it is registered separately.
		// ::class needs no autoloading: without Talk these are names nobody dispatches.
		$context->registerEventListener(BeforeRoomModifiedEvent::class, RoomGuardListener::class);
		$context->registerEventListener(BeforeLobbyModifiedEvent::class, RoomGuardListener::class);
		$context->registerEventListener(BeforeParticipantModifiedEvent::class, RoomGuardListener::class);
		$context->registerEventListener(BeforeAttendeesAddedEvent::class, OutsideParticipantGuardListener::class);
		$context->registerEventListener(BeforeRoomDeletedEvent::class, RoomDeletingListener::class);
		$context->registerEventListener(RoomDeletedEvent::class, RoomDeletedListener::class);
		$context->registerEventListener(RoomModifiedEvent::class, RecordingStartedListener::class);
		// Locking: who may join, password, new participants, auto-lock, our bot, lock notices and audit.
		$context->registerEventListener(BeforeUserJoinedRoomEvent::class, JoinGuardListener::class);
		$context->registerEventListener(BeforeGuestJoinedRoomEvent::class, JoinGuardListener::class);
		$context->registerEventListener(BeforeFederatedUserJoinedRoomEvent::class, JoinGuardListener::class);
		$context->registerEventListener(RoomPasswordVerifyEvent::class, PasswordGuardListener::class);
		$context->registerEventListener(BeforeAttendeesAddedEvent::class, AttendeeGuardListener::class);
		$context->registerEventListener(ParticipantModifiedEvent::class, AutoLockListener::class);
		$context->registerEventListener(GuestJoinedRoomEvent::class, GuestJoinedListener::class);
		$context->registerEventListener(AttendeeRemovedEvent::class, AttendeeRemovedListener::class);
		$context->registerEventListener(CallStartedEvent::class, AutoLockListener::class);
		$context->registerEventListener(BotInvokeEvent::class, BotCommandListener::class);
		$context->registerEventListener(MeetingLockChangedEvent::class, LockAuditListener::class);
		$context->registerEventListener(MeetingLockChangedEvent::class, LockNoticeListener::class);
		$context->registerEventListener(BeforeTemplateRenderedEvent::class, TalkScriptListener::class);
		$context->registerEventListener(ShareDeletedEvent::class, RoomShareDeletedListener::class);
		// Global: Talk's controllers belong to another app, and app middlewares see only their own app.
		$context->registerMiddleware(TalkRequestGuardMiddleware::class, true);

		// Art. 13 before joining: the page first (browsers), the join guard for every client.
		$context->registerMiddleware(PrivacyNoticeMiddleware::class, true);
		$context->registerEventListener(BeforeGuestJoinedRoomEvent::class, PrivacyNoticeJoinListener::class);

		$context->registerEventListener(ComplianceFixAppliedEvent::class, ComplianceAuditListener::class);
		$context->registerEventListener(NoMonitoringChangedEvent::class, ComplianceAuditListener::class);
		$context->registerEventListener(AttestationRecordedEvent::class, ComplianceAuditListener::class);
		$context->registerEventListener(UserCreatedEvent::class, NoMonitoringListener::class);
		$context->registerEventListener(BeforePreferenceSetEvent::class, NoMonitoringListener::class, NoMonitoringListener::PREFERENCE_PRIORITY);
		// Nextcloud 33+ only; on 32 nobody dispatches an event of that name.
		$context->registerEventListener(NoMonitoringListener::USER_CONFIG_CHANGED, NoMonitoringListener::class);
		// The criteria that matter most also show in Nextcloud's own admin overview.
		$context->registerSetupCheck(AccessProtectionSetupCheck::class);
		$context->registerSetupCheck(RecordingConsentSetupCheck::class);
		$context->registerSetupCheck(InformationDutySetupCheck::class);
		$context->registerSetupCheck(OrganisationalEvidenceSetupCheck::class);
	}

	public function boot(IBootContext $context): void {
	}
}
