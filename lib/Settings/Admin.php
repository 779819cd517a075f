<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Settings;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Service\CacheScope;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\PolicyService;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\ICacheFactory;
use OCP\Settings\IDelegatedSettings;

/**
 * The policy editor in Safe Meeting's own admin section, and a notice when no distributed cache is set up.
 *
 * Delegable (Administration privileges): members of groups an admin delegated this setting to may use
 * the policy editor and its API (PolicyController, #[AuthorizedAdminSetting(settings: Admin::class)]).
 */
class Admin implements IDelegatedSettings {
	public function __construct(
		private PolicyService $policyService,
		private IInitialState $initialState,
		private PageAssets $assets,
		private ICacheFactory $cacheFactory,
	) {
	}

	public function getForm(): TemplateResponse {
		$this->initialState->provideInitialState('organisationPolicy', PolicyService::export($this->policyService->getOrganisationPolicy()));
		// After getOrganisationPolicy(): reading a policy stored before thresholds converts it and writes the report.
		$this->initialState->provideInitialState('policyMigration', $this->policyService->getMigrationReport());
		// Without a shared cache the guards cannot cache "not a safe meeting" (RegisteredRoomLookup): say so.
		$this->initialState->provideInitialState('distributedCache', CacheScope::isShared($this->cacheFactory, $this->cacheFactory->createDistributed(Application::APP_ID)));
		$this->assets->load('safe_meeting-adminSettings');
		return new TemplateResponse(Application::APP_ID, 'admin', [], TemplateResponse::RENDER_AS_BLANK);
	}

	public function getSection(): string {
		return Application::APP_ID;
	}

	public function getPriority(): int {
		return 10;
	}

	/** Null: the section holds this one setting, so the section's name names it. */
	public function getName(): ?string {
		return null;
	}

	/**
	 * None: the policy is stored through PolicyController (validated, all or nothing, audited), never
	 * through the generic app-config API.
	 */
	public function getAuthorizedAppConfig(): array {
		return [];
	}
}
