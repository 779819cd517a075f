<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Event\ComplianceFixAppliedEvent;
use OCA\SafeMeeting\Event\NoMonitoringChangedEvent;
use OCA\SafeMeeting\Listener\ComplianceAuditListener;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCP\EventDispatcher\Event;
use OCP\Log\Audit\CriticalActionPerformedEvent;
use PHPUnit\Framework\TestCase;

class ComplianceAuditListenerTest extends TestCase {
	public function testWritesWhoChangedWhichSettingFromWhatToWhat(): void {
		$dispatcher = new RecordingEventDispatcher();
		(new ComplianceAuditListener($dispatcher))->handle(new ComplianceFixAppliedEvent('admin', 'force-passwords', 'spreed.force_passwords', null, '1'));

		[$entry] = $dispatcher->ofType(CriticalActionPerformedEvent::class);
		$this->assertSame(
			'Safe Meeting compliance fix "force-passwords" applied by "admin": spreed.force_passwords changed from (not set) to 1',
			vsprintf($entry->getLogMessage(), array_values($entry->getParameters())),
		);
	}

	public function testWritesWhoSwitchedTheNoMonitoringProfile(): void {
		$dispatcher = new RecordingEventDispatcher();
		(new ComplianceAuditListener($dispatcher))->handle(new NoMonitoringChangedEvent('admin', true));
		[$entry] = $dispatcher->ofType(CriticalActionPerformedEvent::class);
		$this->assertSame('Safe Meeting "no monitoring" profile switched on by "admin"', vsprintf($entry->getLogMessage(), array_values($entry->getParameters())));
	}

	public function testIgnoresOtherEvents(): void {
		$dispatcher = new RecordingEventDispatcher();
		(new ComplianceAuditListener($dispatcher))->handle(new Event());
		$this->assertSame([], $dispatcher->events);
	}
}
