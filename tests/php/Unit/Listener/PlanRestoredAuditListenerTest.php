<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Event\PlanRestoredEvent;
use OCA\SafeMeeting\Listener\PlanRestoredAuditListener;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCP\EventDispatcher\Event;
use OCP\Log\Audit\CriticalActionPerformedEvent;
use PHPUnit\Framework\TestCase;

class PlanRestoredAuditListenerTest extends TestCase {
	public function testEveryRestoreBecomesAnAdminAuditEntry(): void {
		$dispatcher = new RecordingEventDispatcher();

		(new PlanRestoredAuditListener($dispatcher))->handle(new PlanRestoredEvent('safe0001', 'recordingConsent', 0, 1));

		$entries = $dispatcher->ofType(CriticalActionPerformedEvent::class);
		$this->assertCount(1, $entries);
		$this->assertSame(['property' => 'recordingConsent', 'token' => 'safe0001', 'old' => '0', 'new' => '1'], $entries[0]->getParameters());
		$this->assertSame(4, substr_count($entries[0]->getLogMessage(), '%s'), 'one placeholder per parameter, in order');
	}

	public function testOtherEventsWriteNothing(): void {
		$dispatcher = new RecordingEventDispatcher();

		(new PlanRestoredAuditListener($dispatcher))->handle(new Event());

		$this->assertSame([], $dispatcher->events);
	}
}
