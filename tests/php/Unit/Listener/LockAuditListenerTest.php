<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Listener\LockAuditListener;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCP\Log\Audit\CriticalActionPerformedEvent;
use PHPUnit\Framework\TestCase;

class LockAuditListenerTest extends TestCase {
	/** @return array<string, array{0: MeetingLockChangedEvent, 1: string}> */
	public static function changes(): array {
		$alice = LockActor::user('alice', 'Alice');
		return [
			'locked by a moderator' => [new MeetingLockChangedEvent('abcd1234', 'locked', $alice, 'moderator'), 'Safe meeting "abcd1234" locked by "users/alice" (moderator)'],
			'locked by the plan' => [new MeetingLockChangedEvent('abcd1234', 'locked', null, 'all-joined'), 'Safe meeting "abcd1234" locked by "plan" (all-joined)'],
			'unlocked' => [new MeetingLockChangedEvent('abcd1234', 'unlocked', $alice), 'Safe meeting "abcd1234" unlocked by "users/alice"'],
			'a user admitted' => [new MeetingLockChangedEvent('abcd1234', 'admitted', $alice, '', 'Carol', 'users/carol'), 'Safe meeting "abcd1234" admitted by "users/alice": "users/carol"'],
			'an e-mail guest admitted (no address in the log)' => [new MeetingLockChangedEvent('abcd1234', 'admitted', $alice, '', '', 'emails'), 'Safe meeting "abcd1234" admitted by "users/alice": "emails"'],
			'ended by a guest moderator' => [new MeetingLockChangedEvent('abcd1234', 'ended', new LockActor('guests', 'f00', 'Guest'), 'ended'), 'Safe meeting "abcd1234" ended by "guests/f00" (ended)'],
		];
	}

	/** @dataProvider changes */
	public function testWritesOneAuditEntryPerChange(MeetingLockChangedEvent $change, string $logged): void {
		$dispatcher = new RecordingEventDispatcher();

		(new LockAuditListener($dispatcher))->handle($change);

		$entries = $dispatcher->ofType(CriticalActionPerformedEvent::class);
		$this->assertCount(1, $entries);
		// admin_audit fills the placeholders in parameter order.
		$this->assertSame($logged, vsprintf($entries[0]->getLogMessage(), array_values($entries[0]->getParameters())));
	}
}
