<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Policy\Modification;
use OCA\Talk\Controller\AEnvironmentAwareOCSController;
use OCA\Talk\Controller\BotController;
use OCA\Talk\Controller\ChatController;
use OCA\Talk\Controller\MatterbridgeController;
use OCA\Talk\Controller\RecordingController;
use OCA\Talk\Controller\RoomController;
use OCA\Talk\Events\ALobbyModifiedEvent;
use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\ARoomModifiedEvent;
use OCA\Talk\Events\BeforeAttendeesAddedEvent;
use OCA\Talk\Events\BeforeRoomDeletedEvent;
use OCA\Talk\Events\RoomDeletedEvent;
use OCA\Talk\Events\RoomModifiedEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\BotServerMapper;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\EventDispatcher\Event;
use OCP\IRequest;
use OCP\Security\IHasher;

/**
 * The only class that touches Talk-internal PHP classes (design.md §2). They carry no compatibility
 * promise, so everything Safe Meeting reads from Talk goes through here (checked against Talk 22).
 *
 * Only the room readers need Talk's services, so only they are instance methods: build this class only
 * where Talk is known to be enabled (MeetingService resolves it lazily). The static methods read Talk
 * objects that Talk itself handed over (events, controllers), so they work wherever those exist and
 * let global middlewares and listeners stay buildable without Talk.
 */
class TalkAdapter {
	/** Talk's BreakoutRoom::PARENT_OBJECT_TYPE: a breakout room's object is its parent room. */
	public const BREAKOUT_OBJECT_TYPE = 'room';
	/** People without an account on this server: `addParticipantToRoom` sources and Attendee::ACTOR_* alike. */
	public const OUTSIDE_SOURCES = ['emails', 'phones', 'federated_users'];
	/** Talk's Participant::PRIVACY_PRIVATE. */
	private const PRIVACY_PRIVATE = 1;

	public function __construct(
		private Manager $manager,
		private ParticipantService $participantService,
		private TalkServerSettings $settings,
		private BotServerMapper $botServers,
		private IHasher $hasher,
	) {
	}

	/**
	 * The room as one of its participants sees it, or null when it does not exist or the user is not a
	 * participant: Talk also returns public rooms to users who never joined them, and telling those apart
	 * from missing rooms would let anybody probe which tokens exist.
	 *
	 * `$password` is checked against the hash Talk stored for the room's guest password, so a length
	 * checked on the password sent is the length of the room's real password.
	 */
	public function getRoomState(string $token, string $userId, #[\SensitiveParameter] string $password = ''): ?RoomState {
		try {
			$room = $this->manager->getRoomForUserByToken($token, $userId);
			// Session false: no session is needed to know the attendee's type.
			$participant = $this->participantService->getParticipant($room, $userId, false);
		} catch (RoomNotFoundException|ParticipantNotFoundException) {
			return null;
		}
		return $this->stateOf($room, $participant, $password);
	}

	/**
	 * The rooms among `$tokens` the user takes part in, keyed by token: one query for all rooms (Talk
	 * caches the user's participant with each), then one count per room. Missing tokens are rooms
	 * that no longer exist or that the user left, as in getRoomState().
	 *
	 * @param list<string> $tokens
	 * @return array<string, RoomOverview>
	 */
	public function getRoomOverviews(array $tokens, string $userId): array {
		if ($tokens === []) {
			return [];
		}
		$overviews = [];
		// 'users' is Talk's Attendee::ACTOR_USERS (an internal model class).
		foreach ($this->manager->getRoomsForActor('users', $userId, [], false, $tokens) as $room) {
			try {
				$participant = $this->participantService->getParticipant($room, $userId, false);
			} catch (ParticipantNotFoundException) {
				continue;
			}
			$overviews[$room->getToken()] = new RoomOverview(
				state: $this->stateOf($room, $participant),
				participants: $this->participantService->getNumberOfActors($room),
				callActive: $room->getActiveSince() !== null,
			);
		}
		return $overviews;
	}

	/** Whether a room with this token exists at all, whoever takes part in it. */
	public function roomExists(string $token): bool {
		try {
			$this->manager->getRoomByToken($token);
			return true;
		} catch (RoomNotFoundException) {
			return false;
		}
	}

	/** `$password` null: not asked (the list); the state then says it does not match. */
	private function stateOf(Room $room, Participant $participant, #[\SensitiveParameter] ?string $password = null): RoomState {
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
			recordingConsent: $this->settings->effectiveRecordingConsent($room->getRecordingConsent()),
			description: $room->getDescription(),
			// Guest moderators cannot be the logged-in caller; only owners and moderators count.
			moderatedByUser: $participant->hasModeratorPermissions(false),
			defaultPermissions: $this->settings->effectiveDefaultPermissions($room->getDefaultPermissions()),
			breakoutRoomMode: $room->getBreakoutRoomMode(),
			breakoutParent: $room->getObjectType() === self::BREAKOUT_OBJECT_TYPE ? $room->getObjectId() : '',
			federated: $room->isFederatedConversation(),
			forced: $this->settings->forcedRoomSettings(),
			passwordMatches: $password !== null && $room->hasPassword() && $this->hasher->verify($password, $room->getPassword()),
			objectType: $room->getObjectType(),
		);
	}

	/** The URL of a bot installed on this server (`nextcloudapp://…` for app bots), or null for an unknown id. */
	public function botUrl(int $botId): ?string {
		try {
			return $this->botServers->findById($botId)->getUrl();
		} catch (DoesNotExistException) {
			return null;
		}
	}

	/**
	 * Hides the user's read receipts in every room they are in, as Talk does when the user switches
	 * `read_status_privacy` to private (BeforePreferenceSetEventListener): Talk keeps a copy per attendee.
	 */
	public function makeReadPrivate(string $userId): void {
		$this->participantService->updateReadPrivacyForActor('users', $userId, self::PRIVACY_PRIVATE);
	}

	/**
	 * A room change Talk is about to make, in plain values, or null when Safe Meeting does not guard
	 * that property (most changes, e.g. `inCall`, stop here without any lookup).
	 */
	public static function readModification(ARoomModifiedEvent $event, IRequest $request): ?Modification {
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
			byUser: $event->getActor() !== null || self::isTalkApiRequest($request),
		);
	}

	/**
	 * An attendee's permissions Talk is about to change (ParticipantService::updatePermissions, never for
	 * moderators), or null for any other participant change (in call, name, type …) without a lookup.
	 * The old value is the attendee's effective mask, as Talk passes it.
	 */
	public static function readParticipantModification(AParticipantModifiedEvent $event, IRequest $request): ?Modification {
		if ($event->getProperty() !== Modification::ATTENDEE_PERMISSIONS) {
			return null;
		}
		return new Modification(
			token: $event->getRoom()->getToken(),
			property: Modification::ATTENDEE_PERMISSIONS,
			newValue: $event->getNewValue(),
			oldValue: $event->getOldValue(),
			byUser: self::isTalkApiRequest($request),
		);
	}

	/**
	 * What this request asks Talk to do, when Safe Meeting guards that before Talk's controller runs
	 * (TalkRequestGuardMiddleware), or null for any other request:
	 * - `RecordingController::start`, `POST /ocs/v2.php/apps/spreed/api/{v}/recording/{token}`;
	 * - `RoomController::addParticipantToRoom` with `source` `emails`, `phones` or `federated_users`,
	 *   `POST …/room/{token}/participants`. For e-mail guests (EMAIL_GUEST) Talk makes the room public (a
	 *   TypeException from our room guard is swallowed there), then still adds the attendee and mails the
	 *   invitation; `ParticipantService::inviteEmailAddress` fires only `AttendeesAddedEvent`, after the insert,
	 *   so no listener can stop it, neither for the plan's "no guests" nor for the lock. Phones and federated
	 *   users do fire BeforeAttendeesAddedEvent (OutsideParticipantGuardListener, AttendeeGuardListener), but
	 *   refusing here answers before Talk dials out or contacts the remote server;
	 * - `RoomController::importEmailsAsParticipants`, `POST …/room/{token}/import-emails` (CSV of e-mail
	 *   guests; GuestManager::importEmails does the same as above for every row), unless it is a test run,
	 *   which only counts the rows;
	 * - `BotController::enableBot`, `POST /ocs/v2.php/apps/spreed/api/{v}/bot/{token}/{botId}`: Talk fires only
	 *   BotEnabledEvent, after the bot was enabled;
	 * - `MatterbridgeController::editBridgeOfRoom` with `enabled`, `PUT /ocs/v2.php/apps/spreed/api/{v}/bridge/{token}`:
	 *   Talk adds its bridge bot and starts Matterbridge with no event at all.
	 * - `ChatController::clearHistory`, `DELETE /ocs/v2.php/apps/spreed/api/{v}/chat/{token}`: ChatManager::clearHistory
	 *   drops the room's shares by SQL with no share event (not refused: their files are remembered for retention).
	 *
	 * Static, because the middleware is global: it is built for every app's requests, also where Talk is
	 * disabled, so it must not need Talk's services (the constructor's Manager) to be built. The
	 * `instanceof` loads no class, so requests to other controllers cost nothing here.
	 *
	 * Talk's InjectionMiddleware sets the room on the controller in its own beforeController; whether that
	 * ran already depends on the order in which the apps registered their middlewares. Until then the
	 * route's `token` parameter names the same room (InjectionMiddleware reads that very parameter).
	 */
	public static function guardedRequest(Controller $controller, string $methodName, IRequest $request): ?GuardedTalkRequest {
		// PHP method names are case-insensitive, so the router could reach a method under another spelling.
		$method = strtolower($methodName);
		$botId = null;
		$emailActorId = null;
		if ($controller instanceof RecordingController && $method === 'start') {
			[$action, $error] = [GuardedTalkRequest::RECORDING_START, 'recording'];
		} elseif ($controller instanceof RoomController && $method === 'addparticipanttoroom') {
			// Talk compares the source exactly and defaults to `users`.
			$source = $request->getParam('source');
			if (!in_array($source, self::OUTSIDE_SOURCES, true)) {
				return null;
			}
			[$action, $error] = [$source === 'emails' ? GuardedTalkRequest::EMAIL_GUEST : GuardedTalkRequest::OUTSIDE_PARTICIPANT, 'new-participant'];
			if ($source === 'emails') {
				$emailActorId = TalkModeration::emailActorId((string)$request->getParam('newParticipant'));
			}
		} elseif ($controller instanceof RoomController && $method === 'importemailsasparticipants') {
			if (self::isTestRun($request->getParam('testRun'))) {
				return null;
			}
			[$action, $error] = [GuardedTalkRequest::EMAIL_GUEST, 'room'];
		} elseif ($controller instanceof BotController && $method === 'enablebot') {
			$botId = $request->getParam('botId');
			if (!is_numeric($botId)) {
				return null; // Talk's own parameter check refuses it
			}
			[$action, $error, $botId] = [GuardedTalkRequest::BOT_ENABLE, 'bot', (int)$botId];
		} elseif ($controller instanceof ChatController && $method === 'clearhistory') {
			[$action, $error] = [GuardedTalkRequest::CLEAR_HISTORY, 'history'];
		} elseif ($controller instanceof MatterbridgeController && $method === 'editbridgeofroom') {
			if (self::isOff($request->getParam('enabled'))) {
				return null; // switching the bridge off or editing it while off
			}
			[$action, $error] = [GuardedTalkRequest::BRIDGE_ENABLE, 'bridge'];
		} else {
			return null;
		}
		/** @var AEnvironmentAwareOCSController $controller */
		$token = $controller->getRoom()?->getToken() ?? $request->getParam('token');
		return is_string($token) && $token !== '' ? new GuardedTalkRequest($action, $token, $error, $botId, $emailActorId) : null;
	}

	/**
	 * Whether Talk will read `enabled` as false whatever the body's encoding: only those values, so that an
	 * ambiguous one ('false' in a multipart body is true to Nextcloud) is checked as switching on.
	 */
	private static function isOff(mixed $value): bool {
		return in_array($value, [false, 0, '0', '', null], true);
	}

	/**
	 * Whether Talk will treat `testRun` as true. Nextcloud casts the parameter to bool and turns the string
	 * 'false' into false only for GET and form-encoded bodies (a CSV upload is multipart): only values that
	 * are true in every case count, so an ambiguous one is checked like a real import.
	 */
	private static function isTestRun(mixed $value): bool {
		return in_array($value, [true, 1, '1', 'true'], true);
	}

	/**
	 * The room and the kinds of people without an account on this server (e-mail guests, phone numbers,
	 * users of other servers) that Talk is about to add (BeforeAttendeesAddedEvent, fired by
	 * ParticipantService::addUsers before the insert), or null when the event adds none of them.
	 *
	 * @return ?array{token: string, actorTypes: list<string>}
	 */
	public static function outsideAttendeesAdded(Event $event): ?array {
		if (!$event instanceof BeforeAttendeesAddedEvent) {
			return null;
		}
		$types = [];
		foreach ($event->getAttendees() as $attendee) {
			$types[] = $attendee->getActorType(); // Attendee's magic entity getter
		}
		$outside = array_values(array_unique(array_intersect($types, self::OUTSIDE_SOURCES)));
		return $outside === [] ? null : ['token' => $event->getRoom()->getToken(), 'actorTypes' => $outside];
	}

	/**
	 * The room and the user whose recording has just started (Talk stores it in that user's folder), or
	 * null for any other event. Talk reports the start when its recording server confirms it
	 * (RecordingController::backend → RoomService::setCallRecording), with the starter as actor.
	 *
	 * @return ?array{token: string, userId: string}
	 */
	public static function recordingStarted(Event $event): ?array {
		if (!$event instanceof RoomModifiedEvent
			|| $event->getProperty() !== ARoomModifiedEvent::PROPERTY_CALL_RECORDING
			|| !in_array($event->getNewValue(), [Room::RECORDING_VIDEO, Room::RECORDING_AUDIO], true)) {
			return null;
		}
		$attendee = $event->getActor()?->getAttendee();
		if ($attendee === null || $attendee->getActorType() !== Attendee::ACTOR_USERS) {
			return null;
		}
		return ['token' => $event->getRoom()->getToken(), 'userId' => (string)$attendee->getActorId()];
	}

	/** The token of the room Talk is about to delete (its shares are still there), or null for any other event. */
	public static function deletingRoomToken(Event $event): ?string {
		return $event instanceof BeforeRoomDeletedEvent ? $event->getRoom()->getToken() : null;
	}

	/** The token of the room Talk has just deleted, or null for any other event. */
	public static function deletedRoomToken(Event $event): ?string {
		return $event instanceof RoomDeletedEvent ? $event->getRoom()->getToken() : null;
	}

	/**
	 * Whether this PHP process serves a request to Talk's OCS API (web, desktop and mobile clients all
	 * use it). False for occ and cron, CalDAV, federation and other apps' requests.
	 *
	 * Decided by where Nextcloud routes the request, not by the URI as sent: the OCS entry point's path
	 * info, in which Nextcloud collapses repeated slashes and decodes percent-escapes before its router
	 * matches it. `/ocs/v2.php//apps/spreed/…` or `/ocs/v2.php/apps/%73preed/…` reach Talk's controllers
	 * all the same, so they must count as Talk's API too.
	 */
	public static function isTalkApiRequest(IRequest $request): bool {
		try {
			$script = $request->getScriptName();
			$path = $request->getPathInfo();
		} catch (\Throwable) {
			return false; // no request (occ, cron) or one Nextcloud cannot route either
		}
		return is_string($path) && str_starts_with($path, '/apps/spreed/') && preg_match('#/ocs/v[12]\.php$#', $script) === 1;
	}

	private static function plain(\DateTime|string|int|null $value): string|int|null {
		return $value instanceof \DateTime ? $value->getTimestamp() : $value;
	}
}
