<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Settings;

use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Settings\Admin;
use OCA\SafeMeeting\Settings\AdminSection;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCP\AppFramework\Services\IInitialState;
use OCP\IURLGenerator;
use OCP\Settings\IDelegatedSettings;
use PHPUnit\Framework\TestCase;

class AdminTest extends TestCase {
	public function testTheFormCarriesTheOrganisationPolicyAndLoadsTheEditor(): void {
		$policy = DefaultPolicy::get();
		$policy['groupRules'] = [['group' => 'hr', 'settings' => []]];
		$policyService = $this->createMock(PolicyService::class);
		$policyService->method('getOrganisationPolicy')->willReturn($policy);
		$provided = null;
		$initialState = $this->createMock(IInitialState::class);
		$initialState->expects($this->once())->method('provideInitialState')
			->willReturnCallback(function (string $key, $data) use (&$provided): void {
				$provided = [$key, $data];
			});

		$assets = $this->createMock(PageAssets::class);
		$assets->expects($this->once())->method('load')->with('safe_meeting-adminSettings');

		$admin = new Admin($policyService, $initialState, $assets);
		$response = $admin->getForm();

		$this->assertSame('organisationPolicy', $provided[0]);
		$this->assertSame(json_encode(PolicyService::export($policy)), json_encode($provided[1]));
		$this->assertStringContainsString('"settings":{}', json_encode($provided[1]));
		$this->assertSame('admin', $response->getTemplateName());
		$this->assertSame('safe_meeting', $admin->getSection());
	}

	/** Delegable, but grants no app-config keys: the policy is written through its validated API only. */
	public function testCanBeDelegatedWithoutOpeningAppConfig(): void {
		$admin = new Admin($this->createMock(PolicyService::class), $this->createMock(IInitialState::class), $this->createMock(PageAssets::class));

		$this->assertInstanceOf(IDelegatedSettings::class, $admin);
		$this->assertNull($admin->getName());
		$this->assertSame([], $admin->getAuthorizedAppConfig());
	}

	public function testTheTemplateIsOnlyAMountPoint(): void {
		ob_start();
		include __DIR__ . '/../../../../templates/admin.php';
		$this->assertSame('<div id="safe_meeting-admin-settings"></div>', trim((string)ob_get_clean()));
	}

	public function testTheSectionIsSafeMeetingWithItsIcon(): void {
		$url = $this->createMock(IURLGenerator::class);
		$url->method('imagePath')->with('safe_meeting', 'app-dark.svg')->willReturn('/apps/safe_meeting/img/app-dark.svg');
		$section = new AdminSection(new FakeL10N(), $url);

		$this->assertSame('safe_meeting', $section->getID());
		$this->assertSame('[t] Safe Meeting', $section->getName());
		$this->assertSame('/apps/safe_meeting/img/app-dark.svg', $section->getIcon());
	}
}
