<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Service\MeetingOverviewService;
use OCA\SafeMeeting\Settings\Admin;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;
use Psr\Log\LoggerInterface;

/**
 * Every safe meeting's compliance for admins (or delegated), filtered and paged on the server.
 *
 * @psalm-import-type SafeMeetingOverview from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class MeetingOverviewController extends OCSController {
	use RefusesNonAdmins;

	public function __construct(
		IRequest $request,
		private CurrentAdmin $currentAdmin,
		private MeetingOverviewService $overview,
		private IL10N $l10n,
		private LoggerInterface $logger,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Every safe meeting with its compliance, newest first
	 *
	 * @param string $status Only meetings with this status: all, compliant, findings or room-missing
	 * @param string $owner Only meetings of this user id ('' = everyone)
	 * @param string $search Only meetings whose title or token contains this
	 * @param int $page Page number, from 1
	 * @param int $limit Meetings per page, 1–100
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingOverview, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_PRECONDITION_FAILED, SafeMeetingError, array{}>
	 *
	 * 200: One page of meetings, the number of matches and the count per status
	 * 400: Invalid filter or page
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 * 412: Talk's conversations cannot be read
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/compliance/meetings')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function list(string $status = 'all', string $owner = '', string $search = '', int $page = 1, int $limit = 25): DataResponse {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		if (!in_array($status, MeetingOverviewService::STATUSES, true) || $page < 1 || $limit < 1 || $limit > MeetingOverviewService::MAX_LIMIT || mb_strlen($search) > 200) {
			return new DataResponse(['message' => $this->l10n->t('The filter is not valid.')], Http::STATUS_BAD_REQUEST);
		}
		try {
			return new DataResponse($this->overview->overview($status, trim($owner), trim($search), ($page - 1) * $limit, $limit));
		} catch (TalkUnavailableException) {
			return new DataResponse(['message' => $this->l10n->t('Talk\'s conversations cannot be read. Is Talk installed and enabled?')], Http::STATUS_PRECONDITION_FAILED);
		} catch (\OCP\DB\Exception $e) {
			$this->logger->error('Could not read Talk\'s conversations for the safe meetings overview', ['app' => Application::APP_ID, 'exception' => $e]);
			return new DataResponse(['message' => $this->l10n->t('Talk\'s conversations cannot be read. Is Talk installed and enabled?')], Http::STATUS_PRECONDITION_FAILED);
		}
	}
}
