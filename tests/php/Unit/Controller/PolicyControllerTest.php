<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Controller\PolicyController;
use OCA\SafeMeeting\Event\PolicyChangedEvent;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Policy\EffectivePolicyBuilder;
use OCA\SafeMeeting\Policy\PolicyMigration;
use OCA\SafeMeeting\Policy\PolicyValidator;
use OCA\SafeMeeting\Service\AdminAccess;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\SettingTexts;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCA\SafeMeeting\Settings\Admin;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IGroupManager;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use OCP\Settings\IDelegatedSettings;
use OCP\Settings\IManager as ISettingsManager;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class PolicyControllerTest extends TestCase {
	private InMemoryAppConfig $appConfig;
	private RecordingEventDispatcher $dispatcher;
	private ?string $uid = 'admin';
	/** @var array<string, list<string>> */
	private array $groups = ['admin' => ['admin'], 'alice' => ['hr'], 'dora' => ['privacy']];
	/** Groups an admin delegated the Admin setting to (Administration privileges). */
	private array $delegatedGroups = ['privacy'];
	private PolicyController $controller;

	protected function setUp(): void {
		$this->appConfig = new InMemoryAppConfig();
		$this->dispatcher = new RecordingEventDispatcher();
		$groupManager = $this->createMock(IGroupManager::class);
		$groupManager->method('isAdmin')->willReturnCallback(fn (string $uid): bool => in_array('admin', $this->groups[$uid] ?? [], true));
		$groupManager->method('getUserGroupIds')->willReturnCallback(fn (IUser $user): array => $this->groups[$user->getUID()] ?? []);
		$userSession = $this->createMock(IUserSession::class);
		$userSession->method('getUser')->willReturnCallback(function (): ?IUser {
			if ($this->uid === null) {
				return null;
			}
			$user = $this->createMock(IUser::class);
			$user->method('getUID')->willReturn($this->uid);
			return $user;
		});
		$service = new PolicyService($this->appConfig, $groupManager, $this->dispatcher, new PolicyValidator(), new EffectivePolicyBuilder(), $this->createMock(LoggerInterface::class), new PolicyMigration(), $this->createMock(ITimeFactory::class));
		$l10n = new FakeL10N();
		$settingsManager = $this->createMock(ISettingsManager::class);
		$settingsManager->method('getAllowedAdminSettings')->willReturnCallback(function (string $section, IUser $user): array {
			$this->assertSame('safe_meeting', $section);
			$groups = $this->groups[$user->getUID()] ?? [];
			$allowed = in_array('admin', $groups, true) || array_intersect($groups, $this->delegatedGroups) !== [];
			return $allowed ? [10 => [$this->createMock(Admin::class)]] : [];
		});
		$this->controller = new PolicyController($this->createMock(IRequest::class), $userSession, new AdminAccess($groupManager, $settingsManager), $service, new ViolationMessages($l10n, new SettingTexts($l10n)), $l10n);
	}

	// --- Authorisation as the framework sees it: the attributes ---

	private static function attributes(string $method): array {
		return array_map(static fn (\ReflectionAttribute $a): string => $a->getName(), (new \ReflectionMethod(PolicyController::class, $method))->getAttributes());
	}

	private static function route(string $method): array {
		return (new \ReflectionMethod(PolicyController::class, $method))->getAttributes(ApiRoute::class)[0]->newInstance()->toArray();
	}

	public function testReadingTheOrganisationPolicyIsForAdminsAndDelegatesOfTheAdminSetting(): void {
		$this->assertSame(['verb' => 'GET', 'url' => '/api/v1/policy'], self::route('get'));
		$this->assertEqualsCanonicalizing([ApiRoute::class, AuthorizedAdminSetting::class], self::attributes('get'));
		$this->assertSame([Admin::class], self::authorizedSettings('get'));
	}

	public function testChangingThePolicyIsForAdminsAndDelegatesAndNeedsPasswordConfirmation(): void {
		$this->assertSame(['verb' => 'DELETE', 'url' => '/api/v1/policy/migration'], self::route('dismissMigration'));
		$this->assertEqualsCanonicalizing([ApiRoute::class, AuthorizedAdminSetting::class], self::attributes('dismissMigration'));
		$this->assertSame([Admin::class], self::authorizedSettings('dismissMigration'));
		$this->assertSame(['verb' => 'PUT', 'url' => '/api/v1/policy'], self::route('update'));
		$this->assertEqualsCanonicalizing([ApiRoute::class, AuthorizedAdminSetting::class, PasswordConfirmationRequired::class], self::attributes('update'));
		$this->assertSame([Admin::class], self::authorizedSettings('update'));
		$this->assertNotContains(NoCSRFRequired::class, self::attributes('update'));
	}

	/** The framework grants AuthorizedAdminSetting only for IDelegatedSettings, and never with NoAdminRequired. */
	public function testTheAdminSettingCanBeDelegated(): void {
		$this->assertTrue(is_subclass_of(Admin::class, IDelegatedSettings::class));
		$this->assertNotContains(NoAdminRequired::class, self::attributes('get'));
		$this->assertNotContains(NoAdminRequired::class, self::attributes('update'));
	}

	/** @return list<string> */
	private static function authorizedSettings(string $method): array {
		return array_map(static fn (\ReflectionAttribute $a): string => $a->newInstance()->getSettings(),
			(new \ReflectionMethod(PolicyController::class, $method))->getAttributes(AuthorizedAdminSetting::class));
	}

	public function testTheEffectivePolicyIsOpenToEveryLoggedInUser(): void {
		$this->assertSame(['verb' => 'GET', 'url' => '/api/v1/policy/effective'], self::route('effective'));
		$this->assertEqualsCanonicalizing([ApiRoute::class, NoAdminRequired::class], self::attributes('effective'));
	}

	// --- Behaviour ---

	public function testAnAdminReadsTheOrganisationPolicy(): void {
		$response = $this->controller->get();
		$this->assertSame(200, $response->getStatus());
		$this->assertSame(DefaultPolicy::get(), $response->getData());
	}

	public function testANonAdminCannotReadTheOrganisationPolicy(): void {
		$this->uid = 'alice';
		$response = $this->controller->get();
		$this->assertSame(403, $response->getStatus());
		$this->assertSame(['message' => '[t] Only administrators can manage the Safe Meeting policy.'], $response->getData());
	}

	public function testANonAdminCannotChangeThePolicy(): void {
		$this->uid = 'alice';
		$policy = DefaultPolicy::get();
		$policy['settings']['recording'] = ['default' => 'with-consent', 'threshold' => 'with-consent', 'locked' => false];

		$this->assertSame(403, $this->controller->update($policy)->getStatus());
		$this->assertSame(0, $this->appConfig->writes);
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testAnAdminChangesThePolicyAndTheChangeIsAudited(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['chatExpiry']['default'] = 3600;
		$policy['groupRules'] = [['group' => 'hr', 'settings' => []]];

		$response = $this->controller->update($policy);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(3600, $response->getData()['settings']['chatExpiry']['default']);
		$this->assertSame('[{"group":"hr","settings":{}}]', json_encode($response->getData()['groupRules']));
		$this->assertSame(json_encode($response->getData()), json_encode($this->controller->get()->getData()));
		$events = $this->dispatcher->ofType(PolicyChangedEvent::class);
		$this->assertCount(1, $events);
		$this->assertSame('admin', $events[0]->getActorUid());
		$this->assertSame(['settings.chatExpiry', 'groupRules'], array_keys($events[0]->getChanges()));
	}

	public function testADelegatedAdminReadsAndChangesThePolicy(): void {
		$this->uid = 'dora';
		$policy = DefaultPolicy::get();
		$policy['settings']['chatExpiry']['default'] = 3600;

		$this->assertSame(200, $this->controller->get()->getStatus());
		$this->assertSame(200, $this->controller->update($policy)->getStatus());
		$this->assertSame('dora', $this->dispatcher->ofType(PolicyChangedEvent::class)[0]->getActorUid());
	}

	public function testWithoutTheDelegationTheSameUserIsRefused(): void {
		$this->uid = 'dora';
		$this->delegatedGroups = [];

		$this->assertSame(403, $this->controller->get()->getStatus());
		$this->assertSame(403, $this->controller->update(DefaultPolicy::get())->getStatus());
	}

	public function testAFailedSaveIsATranslated500AndThePreviousPolicyStays(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['chatExpiry']['default'] = 3600;
		$policy['groupRules'] = [['group' => 'hr', 'settings' => []]];
		$this->appConfig->failingWrites = [2];

		$response = $this->controller->update($policy);

		$this->assertSame(500, $response->getStatus());
		$this->assertSame(['message' => '[t] The policy could not be saved. Please try again.'], $response->getData());
		$this->assertSame(DefaultPolicy::get(), $this->controller->get()->getData());
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testAnInvalidPolicyGets400WithFieldMessagesAndNothingIsStored(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['camera'] = ['default' => 'off', 'threshold' => 'off', 'locked' => true];
		$policy['settings']['fileRetentionDays']['threshold'] = 5000;
		$policy['settings']['meetingRetentionDays']['default'] = 12.5;
		$policy['groupRules'] = [['group' => 'hr', 'settings' => [
			'recording' => ['default' => 'blocked', 'threshold' => 'with-consent', 'locked' => true],
			'chatExpiry' => ['default' => 604800, 'threshold' => 0, 'locked' => false],
		]]];

		$response = $this->controller->update($policy);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame('[t] The policy is not valid. Nothing was changed.', $response->getData()['message']);
		$violations = $response->getData()['violations'];
		usort($violations, static fn (array $a, array $b): int => strcmp($a['field'], $b['field']));
		$this->assertSame([
			['field' => 'groupRules.0.settings.chatExpiry.threshold', 'code' => 'loosens', 'message' => '[t] A group rule may only tighten [t] Chat messages expire after: choose “[t] 4 weeks” or something stricter.'],
			['field' => 'groupRules.0.settings.recording.threshold', 'code' => 'loosens', 'message' => '[t] A group rule may only tighten [t] Recording: choose “[t] Blocked” or something stricter.'],
			['field' => 'settings.camera', 'code' => 'unknown-key', 'message' => '[t] settings.camera is not a known field.'],
			['field' => 'settings.fileRetentionDays.threshold', 'code' => 'out-of-range', 'message' => '[t] [t] Shared files are kept for (days): enter a whole number from 1 to 3650.'],
			['field' => 'settings.meetingRetentionDays.default', 'code' => 'not-whole', 'message' => '[t] [t] Meeting is deleted after its end (days) must be a whole number, without decimals, from 1 to 3650.'],
		], $violations);
		$this->assertSame(0, $this->appConfig->writes);
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testOnlyAdminsDismissTheConversionReport(): void {
		$this->appConfig->values['safe_meeting']['policy_migration'] = '{"migratedAt":1900000000,"changes":[]}';
		$this->uid = 'alice';
		$this->assertSame(403, $this->controller->dismissMigration()->getStatus());
		$this->assertArrayHasKey('policy_migration', $this->appConfig->values['safe_meeting']);

		$this->uid = 'admin';
		$response = $this->controller->dismissMigration();

		$this->assertSame(200, $response->getStatus());
		$this->assertArrayNotHasKey('policy_migration', $this->appConfig->values['safe_meeting']);
	}

	public function testAMissingPolicyGets400(): void {
		$response = $this->controller->update(null);
		$this->assertSame(400, $response->getStatus());
		$this->assertSame([['field' => '', 'code' => 'wrong-type', 'message' => '[t] [t] This value has the wrong type.']], $response->getData()['violations']);
	}

	public function testAUserGetsTheirEffectivePolicy(): void {
		$policy = DefaultPolicy::get();
		$policy['groupRules'] = [['group' => 'hr', 'settings' => ['guestAccess' => ['default' => 'none', 'threshold' => 'none', 'locked' => true]]]];
		$this->controller->update($policy);
		$this->uid = 'alice';

		$response = $this->controller->effective();

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['settings', 'privacyNotice', 'appliedGroups'], array_keys($response->getData()));
		$this->assertSame(['hr'], $response->getData()['appliedGroups']);
		$this->assertSame('none', $response->getData()['settings']['guestAccess']['default']);
	}

	public function testAnonymousCallersGet401ForTheEffectivePolicy(): void {
		$this->uid = null;
		$this->assertSame(401, $this->controller->effective()->getStatus());
	}

	/**
	 * Talk guests have no Nextcloud account, so the framework sees them as anonymous callers:
	 * for them the admin endpoints refuse and store nothing.
	 */
	public function testGuestsAndAnonymousCallersCanNeitherReadNorChangeThePolicy(): void {
		$this->uid = null;
		$this->assertContains($this->controller->get()->getStatus(), [401, 403]);
		$this->assertContains($this->controller->update(DefaultPolicy::get())->getStatus(), [401, 403]);
		$this->assertSame(0, $this->appConfig->writes);
		$this->assertSame([], $this->dispatcher->events);
	}
}
