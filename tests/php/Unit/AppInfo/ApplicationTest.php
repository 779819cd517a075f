<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\AppInfo;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\BackgroundJob\RestorePlansJob;
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
use OCA\SafeMeeting\Migration\RegisterBot;
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
use OCA\Talk\Events\FederatedUserJoinedRoomEvent;
use OCA\Talk\Events\GuestJoinedRoomEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Events\RoomDeletedEvent;
use OCA\Talk\Events\RoomModifiedEvent;
use OCA\Talk\Events\RoomPasswordVerifyEvent;
use OCP\AppFramework\Bootstrap\IRegistrationContext;
use OCP\AppFramework\Http\Events\BeforeTemplateRenderedEvent;
use OCP\BackgroundJob\TimedJob;
use OCP\Config\BeforePreferenceSetEvent;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\User\Events\UserCreatedEvent;
use PHPUnit\Framework\TestCase;

class ApplicationTest extends TestCase {
	/** Nextcloud builds the app's DI container in App's constructor; register() needs none of it. */
	private static function application(): Application {
		return (new \ReflectionClass(Application::class))->newInstanceWithoutConstructor();
	}

	public function testRegistersTheLexiconTheAuditListenerAndTheRoomGuardForBothTalkEvents(): void {
		$context = $this->createMock(IRegistrationContext::class);
		$context->expects($this->once())->method('registerConfigLexicon')->with(Lexicon::class);
		$listeners = [];
		$context->method('registerEventListener')->willReturnCallback(static function (string $event, string $listener) use (&$listeners): void {
			$listeners[] = [$event, $listener];
		});

		self::application()->register($context);

		// BeforeLobbyModifiedEvent does not extend BeforeRoomModifiedEvent: without its own registration lobby changes pass unguarded.
		$this->assertEqualsCanonicalizing([
			[PolicyChangedEvent::class, PolicyAuditListener::class],
			[PlanRestoredEvent::class, PlanRestoredAuditListener::class],
			[BeforeRoomModifiedEvent::class, RoomGuardListener::class],
			[BeforeLobbyModifiedEvent::class, RoomGuardListener::class],
			[BeforeParticipantModifiedEvent::class, RoomGuardListener::class],
			[BeforeAttendeesAddedEvent::class, OutsideParticipantGuardListener::class],
			[BeforeRoomDeletedEvent::class, RoomDeletingListener::class],
			[RoomDeletedEvent::class, RoomDeletedListener::class],
			[RoomModifiedEvent::class, RecordingStartedListener::class],
			[BeforeUserJoinedRoomEvent::class, JoinGuardListener::class],
			[BeforeGuestJoinedRoomEvent::class, JoinGuardListener::class],
			[BeforeFederatedUserJoinedRoomEvent::class, JoinGuardListener::class],
			[RoomPasswordVerifyEvent::class, PasswordGuardListener::class],
			[BeforeAttendeesAddedEvent::class, AttendeeGuardListener::class],
			[ParticipantModifiedEvent::class, AutoLockListener::class],
			[GuestJoinedRoomEvent::class, GuestJoinedListener::class],
			[AttendeeRemovedEvent::class, AttendeeRemovedListener::class],
			[CallStartedEvent::class, AutoLockListener::class],
			[BotInvokeEvent::class, BotCommandListener::class],
			[MeetingLockChangedEvent::class, LockAuditListener::class],
			[MeetingLockChangedEvent::class, LockNoticeListener::class],
			[BeforeTemplateRenderedEvent::class, TalkScriptListener::class],
			[ShareDeletedEvent::class, RoomShareDeletedListener::class],
			[ComplianceFixAppliedEvent::class, ComplianceAuditListener::class],
			[NoMonitoringChangedEvent::class, ComplianceAuditListener::class],
			[AttestationRecordedEvent::class, ComplianceAuditListener::class],
			[UserCreatedEvent::class, NoMonitoringListener::class],
			[BeforePreferenceSetEvent::class, NoMonitoringListener::class],
			['OCP\User\Events\UserConfigChangedEvent', NoMonitoringListener::class],
			[BeforeGuestJoinedRoomEvent::class, PrivacyNoticeJoinListener::class],
		], $listeners);
		// Talk dispatches by exact class: the federated "before" event (a subclass) needs its own registration.
		$this->assertTrue(is_subclass_of(BeforeFederatedUserJoinedRoomEvent::class, FederatedUserJoinedRoomEvent::class));
		$this->assertFalse(is_subclass_of(BeforeLobbyModifiedEvent::class, BeforeRoomModifiedEvent::class));
	}

	public function testRegistersTheTalkRequestGuardAndThePrivacyNoticeAsGlobalMiddlewares(): void {
		$context = $this->createMock(IRegistrationContext::class);
		// Not global, they would only see Safe Meeting's own controllers and never Talk's.
		$middlewares = [];
		$context->method('registerMiddleware')->willReturnCallback(static function (string $class, bool $global = false) use (&$middlewares): void {
			$middlewares[] = [$class, $global];
		});

		self::application()->register($context);

		$this->assertSame([[TalkRequestGuardMiddleware::class, true], [PrivacyNoticeMiddleware::class, true]], $middlewares);
	}

	public function testRefusesPreferenceChangesAfterTalkDeclaredThemValid(): void {
		$context = $this->createMock(IRegistrationContext::class);
		$priorities = [];
		$context->method('registerEventListener')->willReturnCallback(static function (string $event, string $listener, int $priority = 0) use (&$priorities): void {
			$priorities[$event] = $priority;
		});

		self::application()->register($context);

		// Talk's listener (priority 0) sets the event valid; a lower priority runs after it.
		$this->assertLessThan(0, $priorities[BeforePreferenceSetEvent::class]);
	}

	public function testRegistersTheMostImportantCriteriaAsSetupChecks(): void {
		$context = $this->createMock(IRegistrationContext::class);
		$checks = [];
		$context->method('registerSetupCheck')->willReturnCallback(static function (string $class) use (&$checks): void {
			$checks[] = $class;
		});

		self::application()->register($context);

		$this->assertSame([AccessProtectionSetupCheck::class, RecordingConsentSetupCheck::class, InformationDutySetupCheck::class, OrganisationalEvidenceSetupCheck::class], $checks);
	}

	public function testInfoXmlRegistersTheComplianceCommandAndTheNoMonitoringJob(): void {
		$xml = simplexml_load_string((string)file_get_contents(__DIR__ . '/../../../../appinfo/info.xml'));
		$this->assertContains(\OCA\SafeMeeting\Command\Compliance::class, array_map('strval', iterator_to_array($xml->commands->command, false)));
		$this->assertContains(\OCA\SafeMeeting\BackgroundJob\NoMonitoringJob::class, array_map('strval', iterator_to_array($xml->{'background-jobs'}->job, false)));
	}

	public function testInfoXmlDescribesTheApp(): void {
		$raw = (string)file_get_contents(__DIR__ . '/../../../../appinfo/info.xml');
		$xml = simplexml_load_string($raw);

		$this->assertSame(Application::APP_ID, (string)$xml->id);
		$this->assertSame('SafeMeeting', (string)$xml->namespace);
		$this->assertSame('AGPL-3.0-or-later', (string)$xml->licence);
		// The e2e helper reads the server branch with a regex that needs exactly this form.
		$this->assertStringContainsString('<nextcloud min-version="32" max-version="35" />', $raw);
		$this->assertSame('safe_meeting.page.index', (string)$xml->navigations->navigation->route);
		$this->assertSame('Safe meetings', (string)$xml->navigations->navigation->name);
		$this->assertSame(\OCA\SafeMeeting\Settings\Admin::class, (string)$xml->settings->admin);
		$this->assertSame(\OCA\SafeMeeting\Settings\AdminSection::class, (string)$xml->settings->{'admin-section'});
		$this->assertFileExists(__DIR__ . '/../../../../img/' . $xml->navigations->navigation->icon);
		// The bot is installed with the app and on every upgrade; never uninstalled: Nextcloud runs uninstall
		// steps on every disable, and Talk would unlink the bot from every safe meeting for good.
		$this->assertSame(RegisterBot::class, (string)$xml->{'repair-steps'}->install->step);
		$this->assertSame(RegisterBot::class, (string)$xml->{'repair-steps'}->{'post-migration'}->step);
		$this->assertCount(0, $xml->{'repair-steps'}->uninstall);
	}

	public function testInfoXmlRegistersTheJobThatRestoresPlans(): void {
		$xml = simplexml_load_string((string)file_get_contents(__DIR__ . '/../../../../appinfo/info.xml'));

		$jobs = array_map('strval', iterator_to_array($xml->{'background-jobs'}->job, false));

		$this->assertContains(RestorePlansJob::class, $jobs);
		$this->assertTrue(is_subclass_of(RestorePlansJob::class, TimedJob::class));
	}
}
