<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Service\NoMonitoringProfile;
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
 * The "no monitoring" profile for admins (or delegated).
 *
 * @psalm-import-type SafeMeetingNoMonitoring from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class NoMonitoringController extends OCSController {
	use RefusesNonAdmins;

	public function __construct(
		IRequest $request,
		private CurrentAdmin $currentAdmin,
		private NoMonitoringProfile $profile,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Whether the profile is on and how many users still show read receipts or typing
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingNoMonitoring, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Profile
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/compliance/no-monitoring')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function get(): DataResponse {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		return new DataResponse($this->profile->status());
	}

	/**
	 * Switch the profile on or off (admin or delegated, password confirmation); audited
	 *
	 * @param bool $enabled On applies it at once to the first users and hourly to all
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingNoMonitoring, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Profile as it is now
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'PUT', url: '/api/v1/compliance/no-monitoring')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[PasswordConfirmationRequired]
	public function update(bool $enabled): DataResponse {
		$uid = $this->currentAdmin->adminUid();
		if ($uid === null) {
			return $this->forbidden();
		}
		$this->profile->setEnabled($enabled, $uid);
		return new DataResponse($this->profile->status());
	}
}
