<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\AppInfo;

use OCA\SafeMeeting\BackgroundJob\AutoLockJob;
use OCA\SafeMeeting\BackgroundJob\NoMonitoringJob;
use OCA\SafeMeeting\BackgroundJob\RestorePlansJob;
use OCA\SafeMeeting\BackgroundJob\RetentionJob;
use OCA\SafeMeeting\Command\Compliance;
use OCA\SafeMeeting\Command\Retention;
use OCA\SafeMeeting\Compliance\ComplianceFixService;
use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Controller\ComplianceController;
use OCA\SafeMeeting\Controller\EvidenceController;
use OCA\SafeMeeting\Controller\LockController;
use OCA\SafeMeeting\Controller\MeetingController;
use OCA\SafeMeeting\Controller\MeetingOverviewController;
use OCA\SafeMeeting\Controller\NoMonitoringController;
use OCA\SafeMeeting\Controller\NoticePageController;
use OCA\SafeMeeting\Controller\PageController;
use OCA\SafeMeeting\Controller\PolicyController;
use OCA\SafeMeeting\Controller\ReceiptController;
use OCA\SafeMeeting\Controller\RecordController;
use OCA\SafeMeeting\Controller\RecordPageController;
use OCA\SafeMeeting\Controller\RefusalController;
use OCA\SafeMeeting\Controller\RetentionController;
use OCA\SafeMeeting\Listener\AutoLockListener;
use OCA\SafeMeeting\Listener\ComplianceAuditListener;
use OCA\SafeMeeting\Listener\LockAuditListener;
use OCA\SafeMeeting\Listener\LockNoticeListener;
use OCA\SafeMeeting\Listener\NoMonitoringListener;
use OCA\SafeMeeting\Listener\OutsideParticipantGuardListener;
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
use OCA\SafeMeeting\Settings\Admin;
use OCA\SafeMeeting\SetupCheck\AccessProtectionSetupCheck;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkRetention;
use PHPUnit\Framework\TestCase;

/**
 * What Nextcloud's DI builds must be buildable while Talk (spreed) is disabled: then no `OCA\Talk\`
 * class can be loaded, and one such constructor parameter anywhere below a controller turns every request
 * to it into a 500. The lib/Talk/ classes that need Talk's services are resolved lazily (TalkLocator).
 * to it into a 500. Only TalkAdapter and TalkRetention need Talk's services; they are resolved lazily.
 */
class TalkFreeConstructionTest extends TestCase {
	public static function builtByDependencyInjection(): array {
		$criteria = [];
		foreach (ComplianceService::CRITERIA as $number => $class) {
			$criteria["compliance criterion $number"] = [$class];
		}
		return $criteria + [
			'compliance setup check (admin overview)' => [AccessProtectionSetupCheck::class],
			'occ safe_meeting:compliance' => [Compliance::class],
			'compliance fix service' => [ComplianceFixService::class],
			'compliance API' => [ComplianceController::class],
			'safe meetings overview API' => [MeetingOverviewController::class],
			'no-monitoring API' => [NoMonitoringController::class],
			'no-monitoring listener (every new user, every preference change)' => [NoMonitoringListener::class],
			'no-monitoring job' => [NoMonitoringJob::class],
			'privacy notice page (public)' => [NoticePageController::class],
			'evidence API' => [EvidenceController::class],
			'Art. 30 record API' => [RecordController::class],
			'Art. 30 record page and downloads' => [RecordPageController::class],
			'privacy notice redirect (global middleware)' => [PrivacyNoticeMiddleware::class],
			'privacy notice join guard' => [PrivacyNoticeJoinListener::class],
			'compliance audit listener' => [ComplianceAuditListener::class],
			'meeting API (list must work without Talk)' => [MeetingController::class],
			'policy API' => [PolicyController::class],
			'app page' => [PageController::class],
			'admin settings' => [Admin::class],
			'global middleware (every request of every app)' => [TalkRequestGuardMiddleware::class],
			'room guard listener' => [RoomGuardListener::class],
			'outside participant guard listener' => [OutsideParticipantGuardListener::class],
			'room deletion listener' => [RoomDeletedListener::class],
			'listener before a room is deleted' => [RoomDeletingListener::class],
			'recording start listener (every change of every room)' => [RecordingStartedListener::class],
			'plan restore job (cron runs it whether Talk is enabled or not)' => [RestorePlansJob::class],
			'lock API' => [LockController::class],
			'"cannot join" page' => [RefusalController::class],
			'Talk page script loader (every page of every app)' => [TalkScriptListener::class],
			'auto-lock listener' => [AutoLockListener::class],
			'lock audit listener' => [LockAuditListener::class],
			'lock notice listener' => [LockNoticeListener::class],
			'auto-lock job (runs in cron with or without Talk)' => [AutoLockJob::class],
			'bot registration on install and upgrade' => [RegisterBot::class],
			'share deletion listener (every share deleted anywhere)' => [RoomShareDeletedListener::class],
			'retention job (cron must run without Talk)' => [RetentionJob::class],
			'retention API' => [RetentionController::class],
			'receipts API' => [ReceiptController::class],
			'retention command (occ builds every command)' => [Retention::class],
		];
	}

	/** @dataProvider builtByDependencyInjection */
	public function testNeedsNoTalkClassToBeBuilt(string $class): void {
		$this->assertSame([], self::talkDependencies($class, []));
	}

	/**
	 * @param array<string, true> $seen
	 * @return list<string> "A -> B -> OCA\Talk\X" paths
	 */
	private static function talkDependencies(string $class, array $seen): array {
		if (isset($seen[$class])) {
			return [];
		}
		$seen[$class] = true;
		$constructor = (new \ReflectionClass($class))->getConstructor();
		$found = [];
		foreach ($constructor?->getParameters() ?? [] as $parameter) {
			$type = $parameter->getType();
			$names = $type instanceof \ReflectionNamedType ? [$type] : ($type instanceof \ReflectionUnionType ? $type->getTypes() : []);
			foreach ($names as $named) {
				$name = $named->getName();
				if (str_starts_with($name, 'OCA\\Talk\\') || $name === TalkAdapter::class || $name === TalkRetention::class) {
					$found[] = "$class -> $name";
				} elseif (str_starts_with($name, 'OCA\\SafeMeeting\\') && class_exists($name)) {
					foreach (self::talkDependencies($name, $seen) as $path) {
						$found[] = "$class -> $path";
					}
				}
			}
		}
		return $found;
	}
}
