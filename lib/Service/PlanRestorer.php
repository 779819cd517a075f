<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Event\PlanRestoredEvent;
use OCA\SafeMeeting\Policy\RecordingRule;
use OCA\SafeMeeting\Talk\TalkRoomRepair;
use OCP\App\IAppManager;
use OCP\EventDispatcher\IEventDispatcher;
use Psr\Container\ContainerExceptionInterface;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * Restores what a server-wide Talk setting, changed after registration, took from safe meetings, where
 * Talk offers no hook to prevent it and the room's own setting can safely bring the plan back (see the
 * table in ARCHITECTURE.md): today the recording consent of "with consent" plans, once the admin leaves
 * consent to each conversation. Every restore is announced (PlanRestoredEvent → admin audit).
 *
 * Never throws: it runs in cron, room by room; a room that cannot be restored now (a call is running) is
 * tried again on the next run. Talk is resolved lazily, so the job is buildable while Talk is disabled.
 */
class PlanRestorer {
	private const PAGE = 200;

	public function __construct(
		private MeetingMapper $mapper,
		private ContainerInterface $container,
		private IAppManager $appManager,
		private IEventDispatcher $dispatcher,
		private LoggerInterface $logger,
	) {
	}

	/** @return int the number of rooms restored */
	public function restoreAll(): int {
		$repair = $this->repair();
		if ($repair === null || !$repair->canRestoreRecordingConsent()) {
			return 0; // nothing a room's own setting could bring back
		}
		$restored = 0;
		$afterId = 0;
		do {
			$page = $this->mapper->findPageAfter($afterId, self::PAGE);
			foreach ($page as $meeting) {
				$afterId = (int)$meeting->getId();
				$restored += $this->restore($meeting, $repair) ? 1 : 0;
			}
		} while (count($page) === self::PAGE);
		return $restored;
	}

	private function restore(Meeting $meeting, TalkRoomRepair $repair): bool {
		$token = $meeting->getToken();
		try {
			$plan = json_decode($meeting->getPlan(), true, 32, JSON_THROW_ON_ERROR);
			if (!is_array($plan) || !RecordingRule::requiresConsent($plan) || !$repair->restoreRecordingConsent($token)) {
				return false;
			}
		} catch (\Throwable $e) {
			$this->logger->warning('Could not restore the recording consent of a safe meeting; trying again later', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
			return false;
		}
		$this->logger->info('Restored the recording consent of a safe meeting', ['app' => 'safe_meeting', 'token' => $token]);
		$this->dispatcher->dispatchTyped(new PlanRestoredEvent($token, 'recordingConsent', 0, 1));
		return true;
	}

	private function repair(): ?TalkRoomRepair {
		if (!$this->appManager->isEnabledForAnyone('spreed')) {
			return null;
		}
		try {
			$repair = $this->container->get(TalkRoomRepair::class);
		} catch (ContainerExceptionInterface $e) {
			$this->logger->error('Talk is enabled but its services cannot be loaded; safe meetings are not restored', ['app' => 'safe_meeting', 'exception' => $e]);
			return null;
		}
		return $repair instanceof TalkRoomRepair ? $repair : null;
	}
}
