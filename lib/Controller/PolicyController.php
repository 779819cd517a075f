<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Exception\PolicyNotSavedException;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\AdminAccess;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCA\SafeMeeting\Settings\Admin;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The organisation policy (admins) and the policy that applies to the caller (everyone).
 *
 * Who manages the policy: admins, and the groups an admin delegated the Admin setting to
 * (Administration privileges). The policy methods say so with #[AuthorizedAdminSetting(settings:
 * Admin::class)], which the framework's security middleware enforces (also the admin IP range) before the
 * method runs, and check again by the same rule (AdminAccess).
 *
 * @psalm-import-type SafeMeetingOrganisationPolicy from ResponseDefinitions
 * @psalm-import-type SafeMeetingEffectivePolicy from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class PolicyController extends OCSController {
	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		private AdminAccess $adminAccess,
		private PolicyService $policyService,
		private ViolationMessages $messages,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * The organisation policy with group rules (admin or delegated)
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingOrganisationPolicy, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Policy
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/policy')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function get(): DataResponse {
		if ($this->adminUid() === null) {
			return $this->forbidden();
		}
		return new DataResponse(PolicyService::export($this->policyService->getOrganisationPolicy()));
	}

	/**
	 * The policy that applies to the current user
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingEffectivePolicy, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED, SafeMeetingError, array{}>
	 *
	 * 200: Effective policy
	 * 401: Not logged in
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/policy/effective')]
	#[NoAdminRequired]
	public function effective(): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		return new DataResponse($this->policyService->getEffectivePolicy($user));
	}

	/**
	 * Replace the organisation policy (admin or delegated, password confirmation)
	 *
	 * @param array<string, mixed> $policy The new organisation policy; validated by the policy engine
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingOrganisationPolicy, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN|Http::STATUS_INTERNAL_SERVER_ERROR, SafeMeetingError, array{}>
	 *
	 * 200: Policy stored
	 * 400: Invalid policy; nothing was stored
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 * 500: Storing failed; the previous policy was restored
	 */
	#[ApiRoute(verb: 'PUT', url: '/api/v1/policy')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[PasswordConfirmationRequired]
	public function update(mixed $policy = null): DataResponse {
		$uid = $this->adminUid();
		if ($uid === null) {
			return $this->forbidden();
		}
		try {
			$violations = $this->policyService->save($policy, $uid);
		} catch (PolicyNotSavedException) {
			return new DataResponse(['message' => $this->l10n->t('The policy could not be saved. Please try again.')], Http::STATUS_INTERNAL_SERVER_ERROR);
		}
		if ($violations !== []) {
			return new DataResponse([
				'message' => $this->l10n->t('The policy is not valid. Nothing was changed.'),
				'violations' => $this->messages->violations($violations),
			], Http::STATUS_BAD_REQUEST);
		}
		return new DataResponse(PolicyService::export($this->policyService->getOrganisationPolicy()));
	}

	/**
	 * Dismiss the report of the conversion of a stored policy to thresholds (admin or delegated)
	 *
	 * @return DataResponse<Http::STATUS_OK, array{}, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Report dismissed
	 * 403: Neither an admin nor delegated the Safe Meeting settings
	 */
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/policy/migration')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	public function dismissMigration(): DataResponse {
		if ($this->adminUid() === null) {
			return $this->forbidden();
		}
		$this->policyService->dismissMigrationReport();
		return new DataResponse([]);
	}

	/** The caller's uid when they may manage the policy (see the class comment), else null. */
	private function adminUid(): ?string {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return null;
		}
		return $this->adminAccess->isAdmin($user) ? $user->getUID() : null;
	}

	/** @return DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}> */
	private function forbidden(): DataResponse {
		return new DataResponse(['message' => $this->l10n->t('Only administrators can manage the Safe Meeting policy.')], Http::STATUS_FORBIDDEN);
	}
}
