<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Service\BotRegistration;
use OCA\SafeMeeting\Service\MyMeetingsService;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\WritableCalendars;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\OpenAPI;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The Safe Meeting app page ("My safe meetings" and the wizard).
 */
class PageController extends Controller {
	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		private PolicyService $policyService,
		private IInitialState $initialState,
		private PageAssets $assets,
		private BotRegistration $bots,
		private MyMeetingsService $meetingOverview,
		private WritableCalendars $calendars,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	#[FrontpageRoute(verb: 'GET', url: '/')]
	#[NoAdminRequired]
	#[NoCSRFRequired]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function index(): TemplateResponse {
		$user = $this->userSession->getUser();
		if ($user !== null) {
			$this->initialState->provideInitialState('policy', $this->policyService->getEffectivePolicy($user));
			// The wizard enables our bot in every new safe meeting (null: Talk has none for us).
			$this->initialState->provideInitialState('botId', $this->bots->botId($user));
			// The list's first page comes with the page, so it shows without waiting for a request.
			$this->initialState->provideInitialState('meetings', $this->meetingOverview->page($user));
			// Where the wizard may put the meeting through Talk's schedule-meeting, or why nowhere.
			$this->initialState->provideInitialState('calendars', $this->calendars->forUser($user));
		}
		$this->assets->load('safe_meeting-main');
		return new TemplateResponse(Application::APP_ID, 'main');
	}
}
