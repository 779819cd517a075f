<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Service\RoomService: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Service;

use OCA\Talk\Config;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCA\Talk\Manager;
use OCA\Talk\Room;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\IJobList;
use OCP\Calendar\IManager;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IDBConnection;
use OCP\IL10N;
use OCP\Security\IHasher;
use OCP\Share\IManager as IShareManager;
use Psr\Log\LoggerInterface;

/**
 * Only what Safe Meeting calls; not all constructor types are stubbed: mock it without the constructor.
 */
class RoomService {
	public function __construct(
		protected Manager $manager,
		protected ParticipantService $participantService,
		protected OrganizationIntegrationService $organizationIntegrationService,
		protected IDBConnection $db,
		protected ITimeFactory $timeFactory,
		protected IShareManager $shareManager,
		protected Config $config,
		protected IHasher $hasher,
		protected IEventDispatcher $dispatcher,
		protected IJobList $jobList,
		protected EmojiService $emojiService,
		protected LoggerInterface $logger,
		protected IL10N $l10n,
		protected IManager $calendarManager,
	) {
	}

	/**
	 * Fires BeforeRoomModifiedEvent / RoomModifiedEvent (recordingConsent).
	 *
	 * @throws RecordingConsentException REASON_CALL when turning consent on during a call
	 */
	public function setRecordingConsent(Room $room, int $recordingConsent, bool $allowUpdatingBreakoutRoomsAndFederatedRooms = false): void {
		throw new \LogicException('stub');
	}

	/** Marks the call over in the database; false when none was running (or another request won). */
	public function resetActiveSinceInDatabaseOnly(Room $room): bool {
		throw new \LogicException('stub');
	}

	public function resetActiveSinceInModelOnly(Room $room): void {
		throw new \LogicException('stub');
	}
}
