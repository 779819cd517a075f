<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IGroupManager;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The organisation policy (admins) and the policy that applies to the caller (everyone).
 *
 * Admin-only methods carry no NoAdminRequired: the framework's security middleware refuses
 * non-admins before the method runs. The methods check again so a routing or attribute mistake
 * cannot expose the policy editor.
 *
 * @psalm-import-type SafeMeetingOrganisationPolicy from ResponseDefinitions
 * @psalm-import-type SafeMeetingEffectivePolicy from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class PolicyController extends OCSController {
	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		private IGroupManager $groupManager,
		private PolicyService $policyService,
		private ViolationMessages $messages,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * The organisation policy with group rules (admin)
	 *
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingOrganisationPolicy, array{}>|DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Policy
	 * 403: Not an admin
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/policy')]
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
	 * Replace the organisation policy (admin, password confirmation)
	 *
	 * @param array<string, mixed> $policy The new organisation policy; validated by the policy engine
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingOrganisationPolicy, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_FORBIDDEN, SafeMeetingError, array{}>
	 *
	 * 200: Policy stored
	 * 400: Invalid policy; nothing was stored
	 * 403: Not an admin
	 */
	#[ApiRoute(verb: 'PUT', url: '/api/v1/policy')]
	#[PasswordConfirmationRequired]
	public function update(mixed $policy = null): DataResponse {
		$uid = $this->adminUid();
		if ($uid === null) {
			return $this->forbidden();
		}
		$violations = $this->policyService->save($policy, $uid);
		if ($violations !== []) {
			return new DataResponse([
				'message' => $this->l10n->t('The policy is not valid. Nothing was changed.'),
				'violations' => $this->messages->violations($violations),
			], Http::STATUS_BAD_REQUEST);
		}
		return new DataResponse(PolicyService::export($this->policyService->getOrganisationPolicy()));
	}

	private function adminUid(): ?string {
		$user = $this->userSession->getUser();
		if ($user === null || !$this->groupManager->isAdmin($user->getUID())) {
			return null;
		}
		return $user->getUID();
	}

	/** @return DataResponse<Http::STATUS_FORBIDDEN, SafeMeetingError, array{}> */
	private function forbidden(): DataResponse {
		return new DataResponse(['message' => $this->l10n->t('Only administrators can manage the Safe Meeting policy.')], Http::STATUS_FORBIDDEN);
	}
}
