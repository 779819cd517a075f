<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Middleware;

use OCA\SafeMeeting\Exception\PrivacyNoticeUnreadException;
use OCA\SafeMeeting\Service\PrivacyNoticeGate;
use OCA\SafeMeeting\Talk\PersonalLink;
use OCA\SafeMeeting\Talk\TalkGuestEntry;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\RedirectResponse;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Middleware;
use OCP\IRequest;
use OCP\IURLGenerator;
use OCP\IUserSession;

/**
 * Sends a guest who opens the Talk link of a safe meeting that requires its privacy notice, and who has not
 * read the current version in this session, to the notice page first. Without this, Talk's page would load
 * and its join would be refused (PrivacyNoticeJoinListener) with Talk's generic error: a dead end.
 * An e-mail guest's personal link keeps its `email` and `access` on the way (PersonalLink), so the notice
 * page leads back to the same personal link and Talk still lets them in as the invited guest.
 * Global (Talk's page belongs to another app), cheap for every other request (an instanceof), and Talk-free
 * to build.
 */
class PrivacyNoticeMiddleware extends Middleware {
	public function __construct(
		private IRequest $request,
		private IUserSession $userSession,
		private PrivacyNoticeGate $gate,
		private IURLGenerator $urlGenerator,
	) {
	}

	/**
	 * @throws PrivacyNoticeUnreadException
	 */
	public function beforeController(Controller $controller, string $methodName): void {
		$token = TalkGuestEntry::pageToken($controller, $methodName, $this->request);
		// Users with an account join as users; the notice is for guests.
		if ($token !== null && !$this->userSession->isLoggedIn() && $this->gate->mustRead($token)) {
			throw new PrivacyNoticeUnreadException($token);
		}
	}

	/**
	 * @throws \Exception any exception that is not ours, unchanged
	 */
	public function afterException(Controller $controller, string $methodName, \Exception $exception): Response {
		if (!$exception instanceof PrivacyNoticeUnreadException) {
			throw $exception;
		}
		$params = PersonalLink::routeParams($exception->token, PersonalLink::fromRequest($this->request));
		return new RedirectResponse($this->urlGenerator->linkToRoute('safe_meeting.noticePage.show', $params));
	}
}
