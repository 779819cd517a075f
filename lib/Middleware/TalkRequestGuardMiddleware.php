<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Middleware;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Policy\GuestRule;
use OCA\SafeMeeting\Policy\RecordingRule;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\GuardedTalkRequest;
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
 * - starting a recording where the plan blocks recording: Talk asks the recording server before any
 *   event (talk.md §9.3);
 * - inviting e-mail guests where the plan allows no guests: Talk swallows our room guard's veto on making
 *   the room public and still adds the guest and mails the link; no Before event fires for e-mail guests.
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
			$plan = $this->rooms->planFor($guarded->token);
			$reason = $plan === null ? null : self::refusal($guarded, $plan);
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

	/** Which of TalkRequestRefusedException's reasons the plan has to refuse the request, or null. */
	private static function refusal(GuardedTalkRequest $guarded, array $plan): ?string {
		return match ($guarded->action) {
			GuardedTalkRequest::RECORDING_START => RecordingRule::blocksRecording($plan) ? TalkRequestRefusedException::RECORDING_BLOCKED : null,
			GuardedTalkRequest::EMAIL_INVITATION => GuestRule::forbidsGuests($plan) ? TalkRequestRefusedException::NO_GUESTS : null,
		};
	}

	/**
	 * Whether the caller moderates the room. When Talk's services cannot be loaded, refuse (true): a
	 * request to Talk's own controller with Talk unusable is no time to let a forbidden action through.
	 */
	private function mayLearnThePlan(string $token): bool {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return false; // Talk refuses anonymous callers on these endpoints itself
		}
		try {
			$talk = $this->container->get(TalkAdapter::class);
		} catch (ContainerExceptionInterface) {
			return true;
		}
		return !$talk instanceof TalkAdapter || ($talk->getRoomState($token, $user->getUID())?->moderatedByUser ?? false);
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
