<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Compliance\EvidenceOverview;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Service\AttestationService;
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
 * Organisational evidence (criterion 18) and the providers in Talk's media path (criteria 1 and 2), for
 * admins (or delegated).
 *
 * @psalm-import-type SafeMeetingEvidenceOverview from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class EvidenceController extends OCSController {
	use RefusesNonAdmins;

	public function __construct(
		IRequest $request,
		private CurrentAdmin $currentAdmin,
		private AttestationService $attestations,
		private EvidenceOverview $overview,
		private ViolationMessages $messages,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Every evidence item and provider with the attestation in force
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingEvidenceOverview, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Evidence
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/compliance/evidence')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function get(): DataResponse {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		return new DataResponse($this->overview->get());
	}

	/**
	 * Attest an evidence item, or classify a provider (admin or delegated, password confirmation); audited
	 *
	 * @param string $item processor-agreement, processing-record, dpia, works-council, toms, or host
	 * @param string $documentRef Where the document is (reference, file path or URL)
	 * @param string $reviewDue Next review, YYYY-MM-DD, after today
	 * @param string $subject For host: the provider's host name
	 * @param string $role For host: own or processor
	 * @param string $transfer For host: eu, adequacy or scc
	 * @return DataResponse<Http::STATUS_CREATED, SafeMeetingEvidenceOverview, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 201: Recorded; the evidence as it is now
	 * 400: Invalid; nothing was recorded
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'POST', url: '/api/v1/compliance/evidence')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[PasswordConfirmationRequired]
	public function attest(string $item = '', string $documentRef = '', string $reviewDue = '', string $subject = '', string $role = '', string $transfer = ''): DataResponse {
		$uid = $this->currentAdmin->adminUid();
		if ($uid === null) {
			return $this->forbidden();
		}
		$violations = $this->attestations->attest(compact('item', 'documentRef', 'reviewDue', 'subject', 'role', 'transfer'), $uid);
		if ($violations !== []) {
			return new DataResponse([
				'message' => $this->l10n->t('The attestation is not complete. Nothing was recorded.'),
				'violations' => $this->messages->violations($violations),
			], Http::STATUS_BAD_REQUEST);
		}
		return new DataResponse($this->overview->get(), Http::STATUS_CREATED);
	}
}
