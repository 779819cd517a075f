<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\PrivacyNoticeGate;
use OCA\SafeMeeting\Talk\PersonalLink;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\AnonRateLimit;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\OpenAPI;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\Attribute\UseSession;
use OCP\AppFramework\Http\JSONResponse;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IURLGenerator;

/**
 * The page a safe meeting's invitation links to (`/apps/safe_meeting/m/{token}`): the meeting's title and
 * the organisation's versioned privacy notice (Art. 13 GDPR), then on to Talk. Public: guests have no
 * account. Unknown tokens are answered as Talk answers them (404 and brute-force throttling), so the page
 * tells nobody which tokens exist.
 *
 * An e-mail guest sent here from their personal Talk link brings its `email` and `access` along; the page
 * hands them back with the "read" request and continues to that same personal link (PersonalLink).
 */
class NoticePageController extends Controller {
	public const THROTTLE = 'safe_meeting_notice';

	public function __construct(
		IRequest $request,
		private PrivacyNoticeGate $gate,
		private IInitialState $initialState,
		private PageAssets $assets,
		private IURLGenerator $urlGenerator,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	#[FrontpageRoute(verb: 'GET', url: '/m/{token}')]
	#[PublicPage]
	#[NoCSRFRequired]
	#[UseSession]
	#[BruteForceProtection(action: self::THROTTLE)]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function show(string $token, string $email = '', #[\SensitiveParameter] string $access = ''): TemplateResponse {
		$meeting = $this->gate->meeting($token);
		$link = PersonalLink::from($email, $access);
		$this->initialState->provideInitialState('notice', $meeting === null ? ['found' => false] : [
			'found' => true,
			'token' => $token,
			'title' => $meeting['title'],
			'notice' => $meeting['notice'],
			'required' => $meeting['required'],
			'read' => $this->gate->hasRead($token),
			'talkUrl' => $this->talkUrl($token, $link),
			'personalLink' => $link === null ? null : ['email' => $link->email, 'access' => $link->access],
		]);
		$this->assets->load('safe_meeting-notice');
		$response = new TemplateResponse(Application::APP_ID, 'notice', [], TemplateResponse::RENDER_AS_GUEST);
		if ($meeting === null) {
			$response->setStatus(Http::STATUS_NOT_FOUND);
			$response->throttle(['token' => $token]);
		}
		return $response;
	}

	/**
	 * The guest read this version of the notice; remembered for this browser session only. `email` and
	 * `access` are those of the personal link the guest came with, if any: the answer leads back to it.
	 */
	#[FrontpageRoute(verb: 'POST', url: '/m/{token}/read')]
	#[PublicPage]
	#[UseSession]
	#[BruteForceProtection(action: self::THROTTLE)]
	#[AnonRateLimit(limit: 30, period: 60)]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function read(string $token, string $version = '', string $email = '', #[\SensitiveParameter] string $access = ''): JSONResponse {
		$meeting = $this->gate->meeting($token);
		if ($meeting === null) {
			$response = new JSONResponse(['message' => $this->l10n->t('This meeting does not exist.')], Http::STATUS_NOT_FOUND);
			$response->throttle(['token' => $token]);
			return $response;
		}
		if (!$this->gate->markRead($token, $version)) {
			return new JSONResponse([
				'message' => $this->l10n->t('The privacy notice has changed meanwhile. Please read the new version.'),
				'notice' => $meeting['notice'],
			], Http::STATUS_CONFLICT);
		}
		return new JSONResponse(['talkUrl' => $this->talkUrl($token, PersonalLink::from($email, $access))]);
	}

	private function talkUrl(string $token, ?PersonalLink $link): string {
		return $this->urlGenerator->linkToRoute('spreed.Page.showCall', PersonalLink::routeParams($token, $link));
	}
}
