<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Policy\JoinVerdict;
use OCA\SafeMeeting\Service\RefusalNotice;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\OpenAPI;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\IDateTimeFormatter;
use OCP\IL10N;
use OCP\IRequest;

/**
 * "You cannot join this meeting right now", with the reason, for people whom a safe meeting refused at
 * Talk's password page (Talk redirects them here). The reason comes from their own session only.
 */
class RefusalController extends Controller {
	public function __construct(
		IRequest $request,
		private RefusalNotice $notice,
		private IL10N $l10n,
		private IDateTimeFormatter $dates,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	#[FrontpageRoute(verb: 'GET', url: '/closed/{token}')]
	#[PublicPage]
	#[NoCSRFRequired]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function show(string $token): TemplateResponse {
		$refusal = $this->notice->read($token);
		$message = match ($refusal['reason'] ?? null) {
			JoinVerdict::REFUSE_LOCKED => $this->l10n->t('The moderators have locked this meeting: nobody new can join. If you should take part, ask a moderator to admit you.'),
			JoinVerdict::REFUSE_OUTSIDE_WINDOW => $this->l10n->t('Guests can join this meeting from %1$s until %2$s.', [
				$this->dates->formatDateTime((int)$refusal['from'], 'long', 'short'),
				$this->dates->formatDateTime((int)$refusal['until'], 'long', 'short'),
			]),
			default => $this->l10n->t('You cannot join this meeting right now.'),
		};
		return new TemplateResponse(Application::APP_ID, 'closed', [
			'title' => $this->l10n->t('You cannot join this meeting right now'),
			'message' => $message,
		], TemplateResponse::RENDER_AS_GUEST);
	}
}
