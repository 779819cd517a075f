<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\ComplianceFixService;
use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\ReportEntry;
use OCA\SafeMeeting\Exception\FixNotAppliedException;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Settings\Admin;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;

/**
 * The compliance report for admins (or delegated: CurrentAdmin) and the fixes Safe Meeting applies itself.
 *
 * @psalm-import-type SafeMeetingCriterion from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class ComplianceController extends OCSController {
	use RefusesNonAdmins;

	public function __construct(
		IRequest $request,
		private CurrentAdmin $currentAdmin,
		private ComplianceService $compliance,
		private ComplianceFixService $fixes,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Every criterion with its status, the evidence read and the fix
	 *
	 * @return DataResponse<Http::STATUS_OK, array{criteria: list<SafeMeetingCriterion>}, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Report
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/compliance')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function report(): DataResponse {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		return new DataResponse(['criteria' => array_map(static fn (ReportEntry $e): array => $e->toArray(), $this->compliance->report())]);
	}

	/**
	 * Apply a fix Safe Meeting may apply itself (admin or delegated, password confirmation); audited
	 *
	 * @param string $fix One of the fixes a criterion offers as an action
	 * @return DataResponse<Http::STATUS_OK, array{criterion: SafeMeetingCriterion}, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_INTERNAL_SERVER_ERROR, SafeMeetingError, array{}>
	 *
	 * 200: Applied; the criterion as it is now
	 * 400: No such fix; nothing was changed
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 * 500: The setting could not be written; nothing was changed
	 */
	#[ApiRoute(verb: 'POST', url: '/api/v1/compliance/fixes/{fix}')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[PasswordConfirmationRequired]
	public function fix(string $fix): DataResponse {
		$uid = $this->currentAdmin->adminUid();
		if ($uid === null) {
			return $this->forbidden();
		}
		if (ComplianceFixes::get($fix) === null) {
			return new DataResponse(['message' => $this->l10n->t('There is no such fix. Nothing was changed.')], Http::STATUS_BAD_REQUEST);
		}
		try {
			$criterion = $this->fixes->apply($fix, $uid);
		} catch (FixNotAppliedException $e) {
			return new DataResponse(['message' => $this->l10n->t('The setting %s could not be changed. Nothing was changed; please try again or set it with occ.', [$e->setting])], Http::STATUS_INTERNAL_SERVER_ERROR);
		}
		/** @var ReportEntry $entry */
		$entry = $this->compliance->evaluate($criterion);
		return new DataResponse(['criterion' => $entry->toArray()]);
	}
}
