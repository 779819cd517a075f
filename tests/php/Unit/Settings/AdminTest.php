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
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCP\AppFramework\Services\IInitialState;
use OCP\ICacheFactory;
use OCP\IURLGenerator;
use OCP\Settings\IDelegatedSettings;
use PHPUnit\Framework\TestCase;

class AdminTest extends TestCase {
	public function testTheFormCarriesTheOrganisationPolicyAndLoadsTheEditor(): void {
		$policy = DefaultPolicy::get();
		$policy['groupRules'] = [['group' => 'hr', 'settings' => []]];
		$policyService = $this->createMock(PolicyService::class);
		$policyService->method('getOrganisationPolicy')->willReturn($policy);
		$report = ['migratedAt' => 1_900_000_000, 'changes' => []];
		$policyService->method('getMigrationReport')->willReturn($report);
		$provided = [];
		$initialState = $this->createMock(IInitialState::class);
		$initialState->method('provideInitialState')
			->willReturnCallback(function (string $key, $data) use (&$provided): void {
				$provided[$key] = $data;
			});

		$assets = $this->createMock(PageAssets::class);
		$assets->expects($this->once())->method('load')->with('safe_meeting-adminSettings');

		$admin = new Admin($policyService, $initialState, $assets, new ArrayCacheFactory());
		$response = $admin->getForm();

		$this->assertSame(['organisationPolicy', 'policyMigration', 'distributedCache'], array_keys($provided));
		$this->assertSame(json_encode(PolicyService::export($policy)), json_encode($provided['organisationPolicy']));
		$this->assertStringContainsString('"settings":{}', json_encode($provided['organisationPolicy']));
		$this->assertSame($report, $provided['policyMigration']);
		$this->assertSame('admin', $response->getTemplateName());
		$this->assertSame('safe_meeting', $admin->getSection());
	}

	/** Delegable, but grants no app-config keys: the policy is written through its validated API only. */
	public function testCanBeDelegatedWithoutOpeningAppConfig(): void {
		$admin = new Admin($this->createMock(PolicyService::class), $this->createMock(IInitialState::class), $this->createMock(PageAssets::class), new ArrayCacheFactory());

		$this->assertInstanceOf(IDelegatedSettings::class, $admin);
		$this->assertNull($admin->getName());
		$this->assertSame([], $admin->getAuthorizedAppConfig());
	}

	/** @return array<string, array{ICacheFactory, bool}> */
	public static function caches(): array {
		require_once __DIR__ . '/../../Nextcloud/Memcache/APCu.php';
		$none = new class() extends ArrayCacheFactory {
			public function isAvailable(): bool {
				return false; // Nextcloud's null cache: nothing configured at all
			}
		};
		return [
			'a distributed cache (Redis, Memcached)' => [new ArrayCacheFactory(), true],
			'only the local APCu cache' => [new ArrayCacheFactory(new \OC\Memcache\APCu()), false],
			'no cache at all' => [$none, false],
		];
	}

	/** @dataProvider caches */
	public function testThePageSaysWhetherEveryWebServerSharesTheCache(ICacheFactory $cache, bool $shared): void {
		$provided = [];
		$initialState = $this->createMock(IInitialState::class);
		$initialState->method('provideInitialState')->willReturnCallback(function (string $key, $data) use (&$provided): void {
			$provided[$key] = $data;
		});
		$policyService = $this->createMock(PolicyService::class);
		$policyService->method('getOrganisationPolicy')->willReturn(DefaultPolicy::get());

		(new Admin($policyService, $initialState, $this->createMock(PageAssets::class), $cache))->getForm();

		$this->assertSame($shared, $provided['distributedCache']);
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
