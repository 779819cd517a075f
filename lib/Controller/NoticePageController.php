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
	public function show(string $token): TemplateResponse {
		$meeting = $this->gate->meeting($token);
		$this->initialState->provideInitialState('notice', $meeting === null ? ['found' => false] : [
			'found' => true,
			'token' => $token,
			'title' => $meeting['title'],
			'notice' => $meeting['notice'],
			'required' => $meeting['required'],
			'read' => $this->gate->hasRead($token),
			'talkUrl' => $this->talkUrl($token),
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
	 * The guest read this version of the notice; remembered for this browser session only.
	 */
	#[FrontpageRoute(verb: 'POST', url: '/m/{token}/read')]
	#[PublicPage]
	#[UseSession]
	#[BruteForceProtection(action: self::THROTTLE)]
	#[AnonRateLimit(limit: 30, period: 60)]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function read(string $token, string $version = ''): JSONResponse {
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
		return new JSONResponse(['talkUrl' => $this->talkUrl($token)]);
	}

	private function talkUrl(string $token): string {
		return $this->urlGenerator->linkToRoute('spreed.Page.showCall', ['token' => $token]);
	}
}
