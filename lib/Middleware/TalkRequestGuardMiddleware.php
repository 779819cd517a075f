<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Middleware;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Db\Admission;
use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Policy\BotRule;
use OCA\SafeMeeting\Policy\GuestRule;
use OCA\SafeMeeting\Policy\RecordingRule;
use OCA\SafeMeeting\Retention\PendingRoomShares;
use OCA\SafeMeeting\Service\JoinGuard;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\GuardedTalkRequest;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Middleware;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use Psr\Container\ContainerExceptionInterface;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * Refuses requests to Talk that a safe meeting's plan forbids and that Talk offers no veto for
 * (design.md §6), before Talk's controller runs. The rules are in refusal():
 * - starting a recording where the plan blocks recording, where it needs consent that Talk does not ask
 *   for (the server's `recording_consent` decides first), or in a breakout room of a safe meeting: Talk
 *   asks the recording server before any event (talk.md §9.3);
 * - adding e-mail guests (one by one or by CSV), phone numbers (SIP dial-out) or federated users where the
 *   plan allows no guests: for e-mail guests Talk swallows our room guard's veto on making the room public
 *   and still adds the guest and mails the link, with no Before event; for the same reason, e-mail guests
 *   nobody admitted while the meeting is locked;
 * - enabling a bot where the plan allows none (Safe Meeting's own bot excepted): Talk fires only an
 *   after-event; likewise a Matterbridge bridge, which relays the chat to other services (no event).
 * - clearing a safe meeting's chat history is not refused, but the files shared into the chat are remembered
 *   for retention first (Talk drops the room shares by SQL, with no event).
 * It also answers the refusals the guard listeners throw inside Talk's controllers (afterException).
 *
 * Registered as a global middleware, i.e. for the requests of every app: hence cheap and Talk-free to
 * build (no Talk service, the translation is loaded only when refusing), and every request but the
 * guarded ones passes without a lookup (TalkAdapter::guardedRequest is a pair of `instanceof`s).
 *
 * This runs before Talk's own checks (its InjectionMiddleware, registered later), so a refusal could tell
 * anybody logged in that a token is a safe meeting, without Talk's brute-force throttling. So the refusal
 * goes to moderators of the room only (the guarded endpoints are moderator-only in Talk): everyone else
 * passes on to Talk, which answers them as for any room. Talk's services are loaded for that check only.
 */
class TalkRequestGuardMiddleware extends Middleware {
	/** Talk's adapter once loaded, false when it cannot be (per request: middlewares live for one request). */
	private TalkAdapter|false|null $talk = null;
	/** @var array<string, ?RoomState> token => the room as the caller sees it */
	private array $callerRooms = [];

	public function __construct(
		private IRequest $request,
		private RegisteredRoomLookup $rooms,
		private IFactory $l10nFactory,
		private IUserSession $userSession,
		private ContainerInterface $container,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @throws TalkRequestRefusedException
	 */
	public function beforeController(Controller $controller, string $methodName): void {
		$guarded = TalkAdapter::guardedRequest($controller, $methodName, $this->request);
		if ($guarded === null) {
			return;
		}
		try {
			$reason = $this->refusal($guarded);
		} catch (RegistryUnavailableException $e) {
			// Not knowing whether a room is a safe meeting must not break Talk for every room.
			$this->logger->error('Could not check a request to Talk against the safe meeting registry', ['app' => 'safe_meeting', 'token' => $guarded->token, 'action' => $guarded->action, 'exception' => $e]);
			$reason = $e->knownRegistered ? TalkRequestRefusedException::UNAVAILABLE : null;
		}
		if ($reason === null || !$this->mayLearnThePlan($guarded->token)) {
			return;
		}
		throw $reason === TalkRequestRefusedException::UNAVAILABLE
			? TalkRequestRefusedException::unavailable($guarded->token, $guarded->error)
			: new TalkRequestRefusedException($guarded->token, $guarded->error, $reason);
	}

	/**
	 * Which of TalkRequestRefusedException's reasons the plan gives to refuse the request, or null. Talk is
	 * asked only where the plan alone cannot answer (consent, breakout parent, which bot).
	 *
	 * @throws RegistryUnavailableException
	 */
	private function refusal(GuardedTalkRequest $guarded): ?string {
		$plan = $this->rooms->planFor($guarded->token);
		if ($plan === null) {
			// A breakout room is never registered itself (ARCHITECTURE.md); its parent may be.
			return $guarded->action === GuardedTalkRequest::RECORDING_START && $this->isBreakoutRoomOfASafeMeeting($guarded->token)
				? TalkRequestRefusedException::BREAKOUT_RECORDING
				: null;
		}
		return match ($guarded->action) {
			GuardedTalkRequest::RECORDING_START => match (true) {
				RecordingRule::blocksRecording($plan) => TalkRequestRefusedException::RECORDING_BLOCKED,
				// "With consent" is kept only where Talk really asks (the server's setting first).
				($this->callerRoom($guarded->token)?->recordingConsent ?? 0) !== 1 => TalkRequestRefusedException::CONSENT_NOT_ASKED,
				default => null,
			},
			GuardedTalkRequest::OUTSIDE_PARTICIPANT => GuestRule::forbidsGuests($plan) ? TalkRequestRefusedException::NO_GUESTS : null,
			GuardedTalkRequest::EMAIL_GUEST => match (true) {
				GuestRule::forbidsGuests($plan) => TalkRequestRefusedException::NO_GUESTS,
				!$this->mayInviteWhileLocked($guarded) => TalkRequestRefusedException::LOCKED,
				default => null,
			},
			// Our own bot (lock notices and commands) is part of every safe meeting.
			GuardedTalkRequest::BOT_ENABLE => BotRule::forbidsBots($plan) && !BotRule::isOwnBot($this->talk()?->botUrl((int)$guarded->botId) ?? '')
				? TalkRequestRefusedException::NO_BOTS
				: null,
			GuardedTalkRequest::BRIDGE_ENABLE => BotRule::forbidsBots($plan) ? TalkRequestRefusedException::NO_BRIDGE : null,
			GuardedTalkRequest::CLEAR_HISTORY => $this->rememberSharedFiles($guarded->token),
		};
	}

	/**
	 * Remembers the files shared into the chat before Talk clears its history: Talk drops the room shares
	 * by SQL with no event, and retention could not find the files again. Never a refusal of its own; should
	 * Talk refuse the request after all, the live shares still decide about their files.
	 *
	 * @throws RegistryUnavailableException when they could not be remembered: cleared then, the files would
	 *                                      stay for ever, so the request is refused to be tried again
	 */
	private function rememberSharedFiles(string $token): ?string {
		try {
			$this->container->get(PendingRoomShares::class)->rememberAll($token);
		} catch (\Throwable $e) {
			throw new RegistryUnavailableException($token, true, $e);
		}
		return null;
	}

	/**
	 * Whether an e-mail guest may be invited as far as the lock goes: while locked, only one a moderator
	 * admitted (the admission is used up), and never a whole CSV file. What the attendee guard decides for
	 * everybody else, for the one path where Talk fires no event before adding.
	 *
	 * @throws RegistryUnavailableException
	 */
	private function mayInviteWhileLocked(GuardedTalkRequest $guarded): bool {
		try {
			$guard = $this->container->get(JoinGuard::class);
			return $guarded->emailActorId === null
				? !$guard->isLockedNow($guarded->token)
				: $guard->mayAdd($guarded->token, [[Admission::EMAILS, $guarded->emailActorId]]);
		} catch (\Throwable $e) {
			// The plan was read, so the room is a safe meeting: refused, to be tried again.
			throw new RegistryUnavailableException($guarded->token, true, $e);
		}
	}

	/** @throws RegistryUnavailableException */
	private function isBreakoutRoomOfASafeMeeting(string $token): bool {
		$parent = $this->callerRoom($token)?->breakoutParent ?? '';
		return $parent !== '' && $this->rooms->planFor($parent) !== null;
	}

	/**
	 * Whether the caller moderates the room. When Talk's services cannot be loaded, refuse (true): a
	 * request to Talk's own controller with Talk unusable is no time to let a forbidden action through.
	 */
	private function mayLearnThePlan(string $token): bool {
		if ($this->userSession->getUser() === null) {
			return false; // Talk refuses anonymous callers on these endpoints itself
		}
		return $this->talk() === null || ($this->callerRoom($token)?->moderatedByUser ?? false);
	}

	/** The room as the caller sees it (null: no such room, not a participant, or Talk unusable), once per request. */
	private function callerRoom(string $token): ?RoomState {
		$user = $this->userSession->getUser();
		$talk = $this->talk();
		if ($user === null || $talk === null) {
			return null;
		}
		if (!array_key_exists($token, $this->callerRooms)) {
			try {
				$this->callerRooms[$token] = $talk->getRoomState($token, $user->getUID());
			} catch (\Throwable $e) {
				// Talk itself fails on this request then; ours must not be the error the client sees.
				$this->logger->error('Could not read a Talk room for the safe meeting guard', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
				$this->callerRooms[$token] = null;
			}
		}
		return $this->callerRooms[$token];
	}

	/** Talk's services, loaded on first use only; null when they cannot be built. */
	private function talk(): ?TalkAdapter {
		if ($this->talk === null) {
			try {
				$talk = $this->container->get(TalkAdapter::class);
			} catch (ContainerExceptionInterface) {
				$talk = null;
			}
			$this->talk = $talk instanceof TalkAdapter ? $talk : false;
		}
		return $this->talk ?: null;
	}

	/**
	 * Answers the refusal as Talk answers its own errors: an OCS 403 (400 for "try again") with
	 * `{error, message}` as data, the `error` being the one Talk's endpoint uses for such a case. The
	 * refusals the guard listeners throw inside Talk's controllers arrive here too.
	 *
	 * A DataResponse returned here is not formatted by the dispatcher (only a controller's is), and the
	 * server's OCSMiddleware would replace a bare 403 by an empty OCS 403, so it is wrapped here with the
	 * controller's own responder, in the format the dispatcher would pick (`format` parameter, then Accept).
	 *
	 * @throws \Exception any exception that is not ours, unchanged
	 */
	public function afterException(Controller $controller, string $methodName, \Exception $exception): Response {
		if (!$exception instanceof TalkRequestRefusedException) {
			throw $exception;
		}
		$response = new DataResponse([
			'error' => $exception->error,
			'message' => self::message($exception->reason, $this->l10nFactory->get(Application::APP_ID)),
		], $exception->status);
		if (!$controller instanceof OCSController) {
			return $response; // Talk's controllers are OCS controllers; kept for the case Talk ever changes that
		}
		return $controller->buildResponse($response, $this->ocsFormat($controller));
	}

	private static function message(string $reason, IL10N $l): string {
		return match ($reason) {
			TalkRequestRefusedException::RECORDING_BLOCKED => $l->t('Recording is blocked for this safe meeting.'),
			TalkRequestRefusedException::NO_GUESTS => $l->t('This safe meeting does not allow guests.'),
			TalkRequestRefusedException::CONSENT_NOT_ASKED => $l->t('This safe meeting may only be recorded with the participants\' consent, and this server does not ask for it.'),
			TalkRequestRefusedException::BREAKOUT_RECORDING => $l->t('Breakout rooms of a safe meeting cannot be recorded.'),
			TalkRequestRefusedException::NO_BOTS => $l->t('This safe meeting does not allow bots.'),
			TalkRequestRefusedException::NO_BRIDGE => $l->t('This safe meeting does not allow bots, so its chat cannot be bridged to other services.'),
			TalkRequestRefusedException::LOCKED => $l->t('This safe meeting is locked. Admit the guest with the meeting\'s controls or with /admit in the chat.'),
			default => $l->t('Safe Meeting could not check this change right now. Please try again.'),
		};
	}

	/** As Nextcloud 32's Dispatcher: the `format` parameter, else the Accept header, else XML (OCS default). */
	private function ocsFormat(OCSController $controller): string {
		$format = $this->request->getParam('format');
		if ($format === 'json' || $format === 'xml') {
			return $format;
		}
		return $controller->getResponderByHTTPHeader($this->request->getHeader('Accept'), 'xml');
	}
}
