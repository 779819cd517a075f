<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Event\PolicyChangedEvent;
use OCA\SafeMeeting\Exception\PolicyNotSavedException;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Policy\EffectivePolicyBuilder;
use OCA\SafeMeeting\Policy\PolicyMigration;
use OCA\SafeMeeting\Policy\PolicyValidator;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IGroupManager;
use OCP\IUser;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class PolicyServiceTest extends TestCase {
	private InMemoryAppConfig $appConfig;
	private IGroupManager&MockObject $groupManager;
	private RecordingEventDispatcher $dispatcher;
	private LoggerInterface&MockObject $logger;
	private PolicyService $service;

	protected function setUp(): void {
		$this->appConfig = new InMemoryAppConfig();
		$this->groupManager = $this->createMock(IGroupManager::class);
		$this->dispatcher = new RecordingEventDispatcher();
		$this->logger = $this->createMock(LoggerInterface::class);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(1_900_000_000);
		$this->service = new PolicyService($this->appConfig, $this->groupManager, $this->dispatcher, new PolicyValidator(), new EffectivePolicyBuilder(), $this->logger, new PolicyMigration(), $time);
	}

	public function testAFreshInstallUsesTheBuiltInSafePolicy(): void {
		$this->assertSame(DefaultPolicy::get(), $this->service->getOrganisationPolicy());
	}

	public function testSavesOnlyChangedSettingsAsLazyKeysAndReadsThemBack(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['lobby'] = ['default' => 'moderated', 'threshold' => 'moderated', 'locked' => true];
		$policy['groupRules'] = [['group' => 'finance', 'settings' => []]];

		$this->assertSame([], $this->service->save($policy, 'admin'));

		$this->assertSame(['lobby', 'group_rules'], array_keys($this->appConfig->values['safe_meeting']));
		$this->assertSame(['lobby' => true, 'group_rules' => true], $this->appConfig->lazy['safe_meeting']);
		$this->assertSame($policy, $this->service->getOrganisationPolicy());
	}

	public function testAnInvalidPolicyIsNotStoredAndNothingIsAudited(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['recording']['default'] = 'with-consent';
		$policy['settings']['sipDialIn']['locked'] = 'no';
		$policy['extra'] = 1;

		$violations = $this->service->save($policy, 'admin');

		$fields = array_map(static fn ($v) => "$v->field: $v->code", $violations);
		sort($fields);
		$this->assertSame(['extra: unknown-key', 'settings.recording.default: not-allowed', 'settings.sipDialIn.locked: wrong-type'], $fields);
		$this->assertSame(0, $this->appConfig->writes);
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testAChangeDispatchesOnePolicyChangedEventWithWhoAndWhat(): void {
		$policy = DefaultPolicy::get();
		$policy['settings']['chatExpiry']['default'] = 86400;
		$policy['privacyNotice']['version'] = '2';

		$this->service->save($policy, 'admin');

		$events = $this->dispatcher->ofType(PolicyChangedEvent::class);
		$this->assertCount(1, $events);
		$this->assertSame('admin', $events[0]->getActorUid());
		$this->assertSame([
			'settings.chatExpiry' => [
				'old' => DefaultPolicy::get()['settings']['chatExpiry'],
				'new' => $policy['settings']['chatExpiry'],
			],
			'privacyNotice' => [
				'old' => DefaultPolicy::get()['privacyNotice'],
				'new' => $policy['privacyNotice'],
			],
		], $events[0]->getChanges());
	}

	public function testSavingTheSamePolicyAgainChangesAndAuditsNothing(): void {
		$this->assertSame([], $this->service->save(DefaultPolicy::get(), 'admin'));
		$this->assertSame(0, $this->appConfig->writes);
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testAStoredPolicyThatNoLongerValidatesFallsBackToTheSafeDefault(): void {
		$this->appConfig->values['safe_meeting'][Lexicon::settingKey('recording')] = '{"default":"with-consent","threshold":"blocked","locked":false}';
		$this->logger->expects($this->once())->method('error');

		$this->assertSame(DefaultPolicy::get(), $this->service->getOrganisationPolicy());
	}

	public function testTheEffectivePolicyAppliesTheUsersGroups(): void {
		$policy = DefaultPolicy::get();
		$policy['groupRules'] = [
			['group' => 'hr', 'settings' => ['guestAccess' => ['default' => 'none', 'threshold' => 'none', 'locked' => true]]],
			['group' => 'sales', 'settings' => ['chatExpiry' => ['default' => 3600, 'threshold' => 3600, 'locked' => true]]],
		];
		$this->service->save($policy, 'admin');
		$user = $this->createMock(IUser::class);
		$this->groupManager->expects($this->once())->method('getUserGroupIds')->with($user)->willReturn(['hr', 'staff']);

		$effective = $this->service->getEffectivePolicy($user);

		$this->assertSame(['hr'], $effective['appliedGroups']);
		$this->assertSame(['default' => 'none', 'threshold' => 'none', 'locked' => true], $effective['settings']['guestAccess']);
		$this->assertSame($policy['settings']['chatExpiry'], $effective['settings']['chatExpiry']);
	}

	// --- Policies stored before thresholds ---

	private function storeOld(string $setting, string $json): void {
		$this->appConfig->values['safe_meeting'][Lexicon::settingKey($setting)] = $json;
	}

	public function testAnOldPolicyIsConvertedOnceWrittenBackAuditedAndReported(): void {
		$this->storeOld('chatExpiry', '{"default":0,"allowed":[3600,0],"locked":false}');
		$this->storeOld('fileRetentionDays', '{"default":30,"min":7,"max":90,"locked":true}');
		$this->appConfig->values['safe_meeting'][Lexicon::GROUP_RULES] = '[{"group":"hr","settings":{"chatExpiry":{"default":3600,"allowed":[3600],"locked":true}}}]';

		$policy = $this->service->getOrganisationPolicy();

		$this->assertSame(['default' => 3600, 'threshold' => 3600, 'locked' => false], $policy['settings']['chatExpiry']);
		$this->assertSame(['default' => 30, 'threshold' => 90, 'locked' => true], $policy['settings']['fileRetentionDays']);
		$this->assertSame([['group' => 'hr', 'settings' => ['chatExpiry' => ['default' => 3600, 'threshold' => 3600, 'locked' => true]]]], $policy['groupRules']);
		// Written back in the new shape, so the next read converts nothing.
		$this->assertSame('{"default":3600,"threshold":3600,"locked":false}', $this->appConfig->values['safe_meeting']['chat_expiry']);
		$events = $this->dispatcher->ofType(PolicyChangedEvent::class);
		$this->assertCount(1, $events);
		$this->assertTrue($events[0]->isMigration());
		$this->assertSame(['settings.chatExpiry', 'settings.fileRetentionDays', 'groupRules'], array_keys($events[0]->getChanges()));
		$report = $this->service->getMigrationReport();
		$this->assertSame(1_900_000_000, $report['migratedAt']);
		$this->assertSame([['', 'chatExpiry', true], ['', 'fileRetentionDays', false], ['hr', 'chatExpiry', false]], array_map(static fn (array $c): array => [$c['group'], $c['setting'], $c['narrowed']], $report['changes']));

		$this->dispatcher->events = [];
		$this->assertSame($policy, $this->service->getOrganisationPolicy());
		$this->assertSame([], $this->dispatcher->events, 'converted once only');
	}

	public function testTheReportStaysUntilDismissed(): void {
		$this->assertNull($this->service->getMigrationReport());
		$this->storeOld('lobby', '{"default":"moderated","allowed":["moderated"],"locked":false}');
		$this->service->getOrganisationPolicy();
		$this->assertNotNull($this->service->getMigrationReport());

		$this->service->dismissMigrationReport();

		$this->assertNull($this->service->getMigrationReport());
	}

	public function testAConversionThatCannotBeWrittenIsStillUsedAndTriedAgainLater(): void {
		$this->storeOld('lobby', '{"default":"moderated","allowed":["moderated"],"locked":false}');
		$this->appConfig->failingWrites = [1];
		$this->logger->expects($this->once())->method('warning');

		$this->assertSame(['default' => 'moderated', 'threshold' => 'moderated', 'locked' => false], $this->service->getOrganisationPolicy()['settings']['lobby']);

		$this->assertSame([], $this->dispatcher->events, 'nothing written, nothing audited');
		$this->assertSame(['default' => 'moderated', 'threshold' => 'moderated', 'locked' => false], $this->service->getOrganisationPolicy()['settings']['lobby']);
		$this->assertCount(1, $this->dispatcher->ofType(PolicyChangedEvent::class));
	}

	public function testADamagedOldRuleStillFallsBackToTheSafeDefault(): void {
		$this->storeOld('lobby', '{"default":"moderated","allowed":["moderated","open"],"locked":false}');
		$this->logger->expects($this->once())->method('error');

		$this->assertSame(DefaultPolicy::get(), $this->service->getOrganisationPolicy());
		$this->assertNull($this->service->getMigrationReport());
	}

	public function testExportWritesEmptyGroupSettingsAsAnObject(): void {
		$policy = DefaultPolicy::get();
		$policy['groupRules'] = [['group' => 'staff', 'settings' => []]];

		$this->assertSame('{"group":"staff","settings":{}}', json_encode(PolicyService::export($policy)['groupRules'][0]));
		$this->assertSame('[]', json_encode(PolicyService::export(DefaultPolicy::get())['groupRules']));
	}

	// --- All or nothing ---

	/**
	 * Stores a first policy (chat expiry changed), then prepares a second one changing three keys, written
	 * in this order: chat expiry (1: had a value), privacy notice (2: not set), group rules (3: not set).
	 * Rollback writes follow as 4 (group rules), 5 (privacy notice), 6 (chat expiry).
	 *
	 * @return array{0: array, 1: array} the stored and the next policy
	 */
	private function storedAndNext(): array {
		$stored = DefaultPolicy::get();
		$stored['settings']['chatExpiry']['default'] = 86400;
		$this->assertSame([], $this->service->save($stored, 'admin'));
		$this->appConfig->writes = 0;
		$this->dispatcher->events = [];
		$next = $stored;
		$next['settings']['chatExpiry']['default'] = 3600;
		$next['privacyNotice']['version'] = '2';
		$next['groupRules'] = [['group' => 'hr', 'settings' => []]];
		return [$stored, $next];
	}

	public static function failingWrites(): array {
		return [
			'the first write fails' => [1],
			'a write in the middle fails' => [2],
			'the last write fails' => [3],
		];
	}

	/** @dataProvider failingWrites */
	public function testAFailingWriteRestoresThePreviousPolicyAndAuditsNothing(int $failing): void {
		[$stored, $next] = $this->storedAndNext();
		$before = $this->appConfig->values;
		$this->appConfig->failingWrites = [$failing];

		try {
			$this->service->save($next, 'admin');
			$this->fail('no exception');
		} catch (PolicyNotSavedException $e) {
			$this->assertSame([], $e->changedAnyway);
		}

		$this->assertSame($before, $this->appConfig->values, 'previous values back, keys that were not set removed again');
		$this->assertSame($stored, $this->service->getOrganisationPolicy());
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testWhenARollbackFailsTooOnlyWhatStayedChangedIsAudited(): void {
		[, $next] = $this->storedAndNext();
		$this->appConfig->failingWrites = [3, 6]; // group rules fail; restoring the chat expiry fails too
		$this->logger->expects($this->atLeastOnce())->method('error');

		try {
			$this->service->save($next, 'admin');
			$this->fail('no exception');
		} catch (PolicyNotSavedException $e) {
			$this->assertSame(['settings.chatExpiry'], $e->changedAnyway);
		}

		$this->assertSame($next['settings']['chatExpiry'], $this->service->getOrganisationPolicy()['settings']['chatExpiry']);
		$this->assertSame(DefaultPolicy::get()['privacyNotice'], $this->service->getOrganisationPolicy()['privacyNotice']);
		$events = $this->dispatcher->ofType(PolicyChangedEvent::class);
		$this->assertCount(1, $events);
		$this->assertSame(['settings.chatExpiry'], array_keys($events[0]->getChanges()));
		$this->assertSame(3600, $events[0]->getChanges()['settings.chatExpiry']['new']['default']);
	}
}
