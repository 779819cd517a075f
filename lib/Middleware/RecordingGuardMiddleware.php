<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Middleware;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Exception\RecordingBlockedException;
use OCA\SafeMeeting\Policy\RecordingRule;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Middleware;
use OCP\AppFramework\OCSController;
use OCP\IRequest;
use OCP\L10N\IFactory;

/**
 * Refuses Talk's "start recording" for safe meetings whose plan blocks recording (design.md §6). Talk has
 * no veto before the recording server is asked to start (talk.md §9.3), so this runs before Talk's
 * controller: it is registered as a global middleware, i.e. for the requests of every app.
 *
 * Hence cheap and Talk-free to build (no Talk service, the translation is loaded only when refusing), and
 * every request but a recording start passes without a lookup.
 */
class RecordingGuardMiddleware extends Middleware {
	public function __construct(
		private IRequest $request,
		private RegisteredRoomLookup $rooms,
		private IFactory $l10nFactory,
	) {
	}

	/**
	 * @throws RecordingBlockedException
	 */
	public function beforeController(Controller $controller, string $methodName): void {
		$token = TalkAdapter::recordingStartToken($controller, $methodName, $this->request);
		if ($token === null) {
			return;
		}
		$plan = $this->rooms->planFor($token);
		if ($plan !== null && RecordingRule::blocksRecording($plan)) {
			throw new RecordingBlockedException($token);
		}
	}

	/**
	 * Answers the refusal as Talk answers its own errors: an OCS response with `{error, message}` as data.
	 *
	 * A DataResponse returned here is not formatted by the dispatcher (only a controller's is), and the
	 * server's OCSMiddleware would replace a bare 403 by an empty OCS 403, so it is wrapped here with the
	 * controller's own responder, in the format the dispatcher would pick (`format` parameter, then Accept).
	 *
	 * @throws \Exception any exception that is not ours, unchanged
	 */
	public function afterException(Controller $controller, string $methodName, \Exception $exception): Response {
		if (!$exception instanceof RecordingBlockedException) {
			throw $exception;
		}
		$l10n = $this->l10nFactory->get(Application::APP_ID);
		$response = new DataResponse([
			'error' => 'recording',
			'message' => $l10n->t('Recording is blocked for this safe meeting.'),
		], Http::STATUS_FORBIDDEN);
		if (!$controller instanceof OCSController) {
			return $response; // Talk's RecordingController is one; kept for the case Talk ever changes that
		}
		return $controller->buildResponse($response, $this->ocsFormat($controller));
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
