<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Compliance\ProcessingRecord;
use OCA\SafeMeeting\Compliance\RecordContact;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Service\ViolationMessages;
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
 * The record of processing activities (Art. 30 GDPR) with its DPIA screening as OCS data, for admins (or
 * delegated), and the controller's contact and DPO, the only things typed for it. The printable page and
 * the downloads: RecordPageController.
 *
 * @psalm-import-type SafeMeetingRecord from ResponseDefinitions
 * @psalm-import-type SafeMeetingRecordContact from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class RecordController extends OCSController {
	use RefusesNonAdmins;

	public function __construct(
		IRequest $request,
		private CurrentAdmin $currentAdmin,
		private ProcessingRecord $record,
		private RecordContact $contact,
		private ViolationMessages $messages,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * The record of processing activities and the DPIA screening, generated from the server as it is
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingRecord, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Record
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/compliance/record')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function get(): DataResponse {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		return new DataResponse($this->record->build());
	}

	/**
	 * The controller's contact and data protection officer (admin or delegated)
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingRecordContact, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Contact
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/compliance/record/contact')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function contact(): DataResponse {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		return new DataResponse($this->contact->get());
	}

	/**
	 * Store the controller's contact and data protection officer (admin or delegated, password confirmation)
	 *
	 * @param string $contact How to reach the controller
	 * @param string $dpo How to reach the data protection officer
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingRecordContact, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Stored
	 * 400: Too long; nothing was stored
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'PUT', url: '/api/v1/compliance/record/contact')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[PasswordConfirmationRequired]
	public function setContact(mixed $contact = '', mixed $dpo = ''): DataResponse {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		$violations = $this->contact->set($contact, $dpo);
		if ($violations !== []) {
			return new DataResponse(['message' => $this->l10n->t('The contact could not be stored. Nothing was changed.'), 'violations' => $this->messages->violations($violations)], Http::STATUS_BAD_REQUEST);
		}
		return new DataResponse($this->contact->get());
	}
}
