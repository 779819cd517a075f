<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Event\PolicyChangedEvent;
use OCA\SafeMeeting\Listener\PolicyAuditListener;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCP\EventDispatcher\Event;
use OCP\Log\Audit\CriticalActionPerformedEvent;
use PHPUnit\Framework\TestCase;

class PolicyAuditListenerTest extends TestCase {
	public function testWritesOneAuditEntryPerChangedSetting(): void {
		$dispatcher = new RecordingEventDispatcher();
		$listener = new PolicyAuditListener($dispatcher);

		$listener->handle(new PolicyChangedEvent('admin', [
			'settings.lobby' => [
				'old' => ['default' => 'moderated', 'threshold' => 'until-start', 'locked' => false],
				'new' => ['default' => 'moderated', 'threshold' => 'moderated', 'locked' => true],
			],
			'privacyNotice' => [
				'old' => ['text' => 'Old', 'url' => '', 'version' => '1'],
				'new' => ['text' => 'New', 'url' => 'https://example.org/p', 'version' => '2'],
			],
		]));

		$entries = $dispatcher->ofType(CriticalActionPerformedEvent::class);
		$this->assertCount(2, $entries);
		$this->assertSame([
			'setting' => 'settings.lobby',
			'actor' => 'admin',
			'old' => '{"default":"moderated","threshold":"until-start","locked":false}',
			'new' => '{"default":"moderated","threshold":"moderated","locked":true}',
		], $entries[0]->getParameters());
		$this->assertSame('privacyNotice', $entries[1]->getParameters()['setting']);
		$this->assertSame('{"text":"New","url":"https://example.org/p","version":"2"}', $entries[1]->getParameters()['new']);
		$this->assertFalse($entries[0]->getObfuscateParameters());
		// admin_audit fills the placeholders in parameter order.
		$this->assertSame(
			'Safe Meeting policy "settings.lobby" changed by "admin" from {"default":"moderated","threshold":"until-start","locked":false} to {"default":"moderated","threshold":"moderated","locked":true}',
			vsprintf($entries[0]->getLogMessage(), array_values($entries[0]->getParameters())),
		);
	}

	public function testAConversionIsAuditedAsSuchWithoutAnActor(): void {
		$dispatcher = new RecordingEventDispatcher();
		(new PolicyAuditListener($dispatcher))->handle(new PolicyChangedEvent('', [
			'settings.chatExpiry' => ['old' => ['default' => 0, 'allowed' => [3600, 0], 'locked' => false], 'new' => ['default' => 3600, 'threshold' => 3600, 'locked' => false]],
		], true));

		$entries = $dispatcher->ofType(CriticalActionPerformedEvent::class);
		$this->assertCount(1, $entries);
		$this->assertSame(
			'Safe Meeting policy "settings.chatExpiry" converted to thresholds from {"default":0,"allowed":[3600,0],"locked":false} to {"default":3600,"threshold":3600,"locked":false}',
			vsprintf($entries[0]->getLogMessage(), array_values($entries[0]->getParameters())),
		);
	}

	public function testIgnoresOtherEvents(): void {
		$dispatcher = new RecordingEventDispatcher();
		(new PolicyAuditListener($dispatcher))->handle(new Event());
		$this->assertSame([], $dispatcher->events);
	}
}
