<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Policy\Modification;
use OCA\Talk\Controller\RecordingController;
use OCA\Talk\Events\ALobbyModifiedEvent;
use OCA\Talk\Events\ARoomModifiedEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Service\ParticipantService;
use OCP\AppFramework\Controller;
use OCP\IRequest;

/**
 * The only class that touches Talk-internal PHP classes (design.md §2). They carry no compatibility
 * promise, so everything Safe Meeting reads from Talk goes through here (checked against Talk 22).
 */
class TalkAdapter {
	public function __construct(
		private Manager $manager,
		private ParticipantService $participantService,
		private IRequest $request,
	) {
	}

	/**
	 * The room as the user can see it, or null when it does not exist or the user may not see it.
	 */
	public function getRoomState(string $token, string $userId): ?RoomState {
		try {
			$room = $this->manager->getRoomForUserByToken($token, $userId);
		} catch (RoomNotFoundException) {
			return null;
		}
		try {
			// Session false: no session is needed to know the attendee's type.
			$participant = $this->participantService->getParticipant($room, $userId, false);
			// Guest moderators cannot be the logged-in caller; only owners and moderators count.
			$moderates = $participant->hasModeratorPermissions(false);
		} catch (ParticipantNotFoundException) {
			// Public rooms are returned to non-attendees too.
			$moderates = false;
		}
		return new RoomState(
			token: $room->getToken(),
			type: $room->getType(),
			hasPassword: $room->hasPassword(),
			listable: $room->getListable(),
			lobbyState: $room->getLobbyState(),
			lobbyTimer: $room->getLobbyTimer()?->getTimestamp() ?? 0,
			messageExpiration: $room->getMessageExpiration(),
			sipEnabled: $room->getSIPEnabled(),
			callRecording: $room->getCallRecording(),
			description: $room->getDescription(),
			moderatedByUser: $moderates,
		);
	}

	/**
	 * A room change Talk is about to make, in plain values, or null when Safe Meeting does not guard
	 * that property (most changes, e.g. `inCall`, stop here without any lookup).
	 */
	public function readModification(ARoomModifiedEvent $event): ?Modification {
		$property = $event->getProperty();
		if (!in_array($property, Modification::GUARDED, true)) {
			return null;
		}
		$lobby = $event instanceof ALobbyModifiedEvent;
		return new Modification(
			token: $event->getRoom()->getToken(),
			property: $property,
			newValue: self::plain($event->getNewValue()),
			oldValue: self::plain($event->getOldValue()),
			lobbyTimer: $lobby ? $event->getLobbyTimer()?->getTimestamp() : null,
			timerReached: $lobby && $event->isTimerReached(),
			// Talk passes an actor for none of the guarded properties (RoomService, Talk 22), so
			// "asked for by a participant" means "happens inside a request to Talk's OCS API".
			byUser: $event->getActor() !== null || $this->isTalkApiRequest(),
		);
	}

	/**
	 * The token of the room in which this request asks Talk to start a recording, or null for any other
	 * request: `RecordingController::start`, route `POST /ocs/v2.php/apps/spreed/api/v1/recording/{token}`.
	 *
	 * Static, because RecordingGuardMiddleware is global: it is built for every app's requests, also where
	 * Talk is disabled, so it must not need Talk's services (the constructor's Manager) to be built. The
	 * `instanceof` loads no class, so requests to other controllers cost nothing here.
	 *
	 * Talk's InjectionMiddleware sets the room on the controller in its own beforeController; whether that
	 * ran already depends on the order in which the apps registered their middlewares. Until then the
	 * route's `token` parameter names the same room (InjectionMiddleware reads that very parameter).
	 */
	public static function recordingStartToken(Controller $controller, string $methodName, IRequest $request): ?string {
		// PHP method names are case-insensitive, so the router could reach start() under another spelling.
		if (!$controller instanceof RecordingController || strtolower($methodName) !== 'start') {
			return null;
		}
		$token = $controller->getRoom()?->getToken() ?? $request->getParam('token');
		return is_string($token) && $token !== '' ? $token : null;
	}

	/**
	 * Whether this PHP process serves a request to Talk's OCS API (web, desktop and mobile clients all
	 * use it). False for occ and cron (no request URI), CalDAV, federation and other apps' requests.
	 */
	private function isTalkApiRequest(): bool {
		try {
			return preg_match('#/ocs/v[12]\.php/apps/spreed/#', $this->request->getRequestUri()) === 1;
		} catch (\Throwable) {
			return false;
		}
	}

	private static function plain(\DateTime|string|int|null $value): string|int|null {
		return $value instanceof \DateTime ? $value->getTimestamp() : $value;
	}
}
