<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Db\Receipt;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\AdminAccess;
use OCA\SafeMeeting\Service\ReceiptService;
use OCA\SafeMeeting\Service\RetentionService;
use OCA\SafeMeeting\Settings\Admin;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\Http\StreamResponse;
use OCP\AppFramework\OCSController;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;

/**
 * Deletion receipts: admins read all of them, everybody else the receipts of the meetings they own, and a
 * moderator of a live meeting's room that meeting's too. Also the admin's receipt period.
 *
 * @psalm-import-type SafeMeetingReceiptPage from ResponseDefinitions
 * @psalm-import-type SafeMeetingReceiptSettings from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class ReceiptController extends OCSController {
	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		private AdminAccess $adminAccess,
		private ReceiptService $receipts,
		private RetentionService $retention,
		private ITimeFactory $timeFactory,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Deletion receipts the caller may read, newest first, one page at a time
	 *
	 * @param string $token Only the receipts of this meeting ('' for all)
	 * @param int $limit Receipts per page (1–200)
	 * @param int $offset Receipts to skip
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingReceiptPage, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED, SafeMeetingError, array{}>
	 *
	 * 200: Receipts
	 * 401: Not logged in
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/receipts')]
	#[NoAdminRequired]
	public function list(string $token = '', int $limit = 50, int $offset = 0): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		$page = $this->receipts->page($this->ownerFilter($user, $token), $token === '' ? null : $token, $limit, $offset);
		return new DataResponse([
			'receipts' => array_map(static fn (Receipt $receipt): array => $receipt->toArray(), $page['receipts']),
			'hasMore' => $page['hasMore'],
		]);
	}

	/**
	 * The same receipts as CSV, all of them
	 *
	 * @param string $token Only the receipts of this meeting ('' for all)
	 * @return StreamResponse<Http::STATUS_OK, array{Content-Type: string, Content-Disposition: string}>|DataResponse<Http::STATUS_UNAUTHORIZED, SafeMeetingError, array{}>
	 *
	 * 200: CSV file (UTF-8, comma separated, header row)
	 * 401: Not logged in
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/receipts/export')]
	#[NoAdminRequired]
	public function export(string $token = ''): StreamResponse|DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		$csv = $this->receipts->exportCsv($this->ownerFilter($user, $token), $token === '' ? null : $token);
		$name = 'deletion-receipts-' . gmdate('Y-m-d', $this->timeFactory->getTime()) . '.csv';
		return new StreamResponse($csv, Http::STATUS_OK, [
			'Content-Type' => 'text/csv; charset=utf-8',
			'Content-Disposition' => 'attachment; filename="' . $name . '"',
		]);
	}

	/**
	 * How many days deletion receipts are kept (admin or delegated)
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingReceiptSettings, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Settings
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/receipts/settings')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function getSettings(): DataResponse {
		if (!$this->callerIsAdmin()) {
			return $this->notAdmin();
		}
		return new DataResponse(['retentionDays' => $this->receipts->retentionDays()]);
	}

	/**
	 * Set how many days deletion receipts are kept (admin or delegated, password confirmation)
	 *
	 * @param int $retentionDays Days, 1–3650
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingReceiptSettings, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Stored
	 * 400: Not a whole number of days from 1 to 3650; nothing was stored
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'PUT', url: '/api/v1/receipts/settings')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[PasswordConfirmationRequired]
	public function setSettings(mixed $retentionDays = null): DataResponse {
		if (!$this->callerIsAdmin()) {
			return $this->notAdmin();
		}
		if (!$this->receipts->setRetentionDays($retentionDays)) {
			return new DataResponse(['message' => $this->l10n->t('Keep receipts for a whole number of days from 1 to 3650.')], Http::STATUS_BAD_REQUEST);
		}
		return new DataResponse(['retentionDays' => $this->receipts->retentionDays()]);
	}

	private function callerIsAdmin(): bool {
		$user = $this->userSession->getUser();
		return $user !== null && $this->adminAccess->isAdmin($user);
	}

	/** @return DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}> */
	private function notAdmin(): DataResponse {
		return new DataResponse(['message' => $this->l10n->t('Only administrators can change how long deletion receipts are kept.')], Http::STATUS_FORBIDDEN);
	}

	/**
	 * Null (all receipts) for admins and for a moderator asking about one live meeting; else the caller's own.
	 */
	private function ownerFilter(IUser $user, string $token): ?string {
		if ($this->adminAccess->isAdmin($user) || ($token !== '' && $this->retention->moderates($user, $token))) {
			return null;
		}
		return $user->getUID();
	}
}
