<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Policy\Modification;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Talk\TalkVeto;
use OCA\Talk\Events\BeforeLobbyModifiedEvent;
use OCA\Talk\Events\BeforeParticipantModifiedEvent;
use OCA\Talk\Events\BeforeRoomModifiedEvent;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IRequest;
use Psr\Container\ContainerExceptionInterface;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * Keeps Talk's own UI and API from weakening a safe meeting: refuses changes that break the room's
 * plan before Talk writes them (design.md §6). Lobby changes come as their own event class, an
 * attendee's permissions as a participant event.
 *
 * @template-implements IEventListener<BeforeRoomModifiedEvent|BeforeLobbyModifiedEvent|BeforeParticipantModifiedEvent>
 */
class RoomGuardListener implements IEventListener {
	/**
	 * Nothing here needs Talk's services: the listener is built for Talk's events only, but it stays cheap
	 * (Talk's Manager is not built for every room change) and buildable where Talk is half-installed.
	 * Talk's server settings are loaded for one rare case only (resolved()).
	 */
	public function __construct(
		private IRequest $request,
		private RegisteredRoomLookup $rooms,
		private ModificationGuard $guard,
		private TalkVeto $veto,
		private ContainerInterface $container,
		private ITimeFactory $time,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		$change = match (true) {
			$event instanceof BeforeRoomModifiedEvent, $event instanceof BeforeLobbyModifiedEvent => TalkAdapter::readModification($event, $this->request),
			$event instanceof BeforeParticipantModifiedEvent => TalkAdapter::readParticipantModification($event, $this->request),
			default => null,
		};
		if ($change === null) {
			return;
		}
		try {
			$plan = $this->rooms->planFor($change->token);
			if ($plan === null) {
				return;
			}
			$verdict = $this->guard->judge($plan, $this->resolved($change), $this->time->getTime());
		} catch (RegistryUnavailableException $e) {
			$this->cannotCheck($change, $e->knownRegistered, $e);
			return;
		} catch (\Throwable $e) {
			$this->cannotCheck($change, true, $e); // the plan was found, but the guard failed on it
			return;
		}
		if ($verdict->vetoes()) {
			$this->veto->veto($verdict);
		}
		if ($verdict->warns()) {
			$this->logger->warning('Safe meeting changed by a background task or another app; it no longer matches its plan', [
				'app' => 'safe_meeting', 'token' => $change->token, 'property' => $change->property, 'finding' => $verdict->code,
			]);
		}
	}

	/**
	 * The change with what it stands for where Talk resolves it later: a room default of 0 hands every
	 * participant the server's `default_permissions`.
	 *
	 * @throws ContainerExceptionInterface Talk's settings cannot be loaded
	 */
	private function resolved(Modification $change): Modification {
		if ($change->property !== Modification::DEFAULT_PERMISSIONS || $change->newValue !== 0) {
			return $change;
		}
		/** @var TalkServerSettings $settings */
		$settings = $this->container->get(TalkServerSettings::class);
		return $change->inheriting($settings->defaultPermissions());
	}

	/**
	 * A change that could not be checked: never an exception from a lookup into Talk, except that a
	 * participant's change of a room known to be a safe meeting is refused (fail closed, "try again").
	 * Background paths, the lazy lobby timer and rooms that may not be safe meetings at all go on.
	 *
	 * @throws TalkRequestRefusedException
	 */
	private function cannotCheck(Modification $change, bool $knownRegistered, \Throwable $e): void {
		$this->logger->error('Could not check a room change against its safe meeting plan', [
			'app' => 'safe_meeting', 'token' => $change->token, 'property' => $change->property, 'exception' => $e,
		]);
		if ($knownRegistered && $change->byUser && !$change->timerReached) {
			throw $this->veto->unavailable($change);
		}
	}
}
