<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Db\AttestationMapper;
use OCA\SafeMeeting\Event\AttestationRecordedEvent;
use OCA\SafeMeeting\Event\ComplianceFixAppliedEvent;
use OCA\SafeMeeting\Event\NoMonitoringChangedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\EventDispatcher\IEventListener;
use OCP\Log\Audit\CriticalActionPerformedEvent;

/**
 * Writes an admin-audit entry for every compliance setting an admin changed through Safe Meeting.
 *
 * @template-implements IEventListener<ComplianceFixAppliedEvent|NoMonitoringChangedEvent|AttestationRecordedEvent>
 */
class ComplianceAuditListener implements IEventListener {
	public function __construct(
		private IEventDispatcher $dispatcher,
	) {
	}

	public function handle(Event $event): void {
		if ($event instanceof AttestationRecordedEvent) {
			$attestation = $event->getAttestation();
			$this->dispatcher->dispatchTyped(new CriticalActionPerformedEvent(
				'Safe Meeting evidence "%s" attested by "%s": document "%s", next review %s',
				[
					'item' => AttestationMapper::key($attestation->getItem(), $attestation->getSubject()),
					'actor' => $attestation->getAttestedBy(),
					'document' => $attestation->getDocumentRef(),
					'review' => gmdate('Y-m-d', $attestation->getReviewDue()),
				],
			));
			return;
		}
		if ($event instanceof NoMonitoringChangedEvent) {
			$this->dispatcher->dispatchTyped(new CriticalActionPerformedEvent(
				'Safe Meeting "no monitoring" profile switched %s by "%s"',
				['state' => $event->isEnabled() ? 'on' : 'off', 'actor' => $event->getActorUid()],
			));
			return;
		}
		if (!$event instanceof ComplianceFixAppliedEvent) {
			return;
		}
		$this->dispatcher->dispatchTyped(new CriticalActionPerformedEvent(
			'Safe Meeting compliance fix "%s" applied by "%s": %s changed from %s to %s',
			[
				'fix' => $event->getFix(),
				'actor' => $event->getActorUid(),
				'setting' => $event->getSetting(),
				'old' => $event->getOldValue() ?? '(not set)',
				'new' => $event->getNewValue(),
			],
		));
	}
}
