<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance;

use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\ComplianceFixService;
use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Event\ComplianceFixAppliedEvent;
use OCA\SafeMeeting\Exception\FixNotAppliedException;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCP\App\IAppManager;
use OCP\IAppConfig;
use OCP\IConfig;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class ComplianceFixServiceTest extends TestCase {
	private InMemoryAppConfig $appConfig;
	private RecordingEventDispatcher $dispatcher;

	protected function setUp(): void {
		$this->appConfig = new InMemoryAppConfig();
		$this->dispatcher = new RecordingEventDispatcher();
	}

	private function service(): ComplianceFixService {
		$reader = new ConfigReader($this->appConfig, $this->createMock(IConfig::class), $this->createMock(IAppManager::class));
		return new ComplianceFixService($this->appConfig, $reader, $this->dispatcher, $this->createMock(LoggerInterface::class));
	}

	public function testForcesPasswordsAsTheBooleanTalkReadsAndReportsTheChange(): void {
		$criterion = $this->service()->apply(ComplianceFixes::FORCE_PASSWORDS, 'admin');

		$this->assertSame(5, $criterion);
		$this->assertSame('1', $this->appConfig->values['spreed']['force_passwords']);
		$this->assertSame(IAppConfig::VALUE_BOOL, $this->appConfig->types['spreed']['force_passwords']);
		[$event] = $this->dispatcher->ofType(ComplianceFixAppliedEvent::class);
		$this->assertSame(['admin', 'force-passwords', 'spreed.force_passwords', null, '1'], [$event->getActorUid(), $event->getFix(), $event->getSetting(), $event->getOldValue(), $event->getNewValue()]);
	}

	public function testKeepsTheTypeOfAKeyTalksAdminPageWrote(): void {
		$this->appConfig->setMixed('spreed', 'force_passwords', '0');
		$this->service()->apply(ComplianceFixes::FORCE_PASSWORDS, 'admin');
		$this->assertSame('1', $this->appConfig->values['spreed']['force_passwords']);
		$this->assertSame('0', $this->dispatcher->ofType(ComplianceFixAppliedEvent::class)[0]->getOldValue());
	}

	public function testWritesRecordingConsentAsANumber(): void {
		$this->service()->apply(ComplianceFixes::RECORDING_CONSENT, 'admin');
		$this->assertSame('1', $this->appConfig->values['spreed']['recording_consent']);
		$this->assertSame(IAppConfig::VALUE_INT, $this->appConfig->types['spreed']['recording_consent']);
	}

	public function testAFailedWriteChangesNothingAndReportsNothing(): void {
		$this->appConfig->setMixed('spreed', 'calls_start_without_media', '0');
		$this->appConfig->failingWrites = [1];
		try {
			$this->service()->apply(ComplianceFixes::CALLS_WITHOUT_MEDIA, 'admin');
			$this->fail('expected FixNotAppliedException');
		} catch (FixNotAppliedException $e) {
			$this->assertSame('spreed.calls_start_without_media', $e->setting);
		}
		$this->assertSame('0', $this->appConfig->values['spreed']['calls_start_without_media']);
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testSetsOnlyTheRetentionsTalkKeepsForeverToTalksDefaults(): void {
		$this->appConfig->setMixed('spreed', 'retention_event_rooms', '0');
		$this->appConfig->setMixed('spreed', 'retention_instant_meetings', '3');
		$this->appConfig->setValueInt('spreed', 'retention_phone_rooms', 0);

		$this->assertSame(12, $this->service()->apply(ComplianceFixes::TALK_RETENTION, 'admin'));

		$this->assertSame(['28', '3', '7'], [$this->appConfig->values['spreed']['retention_event_rooms'], $this->appConfig->values['spreed']['retention_instant_meetings'], $this->appConfig->values['spreed']['retention_phone_rooms']]);
		$changes = array_map(static fn (ComplianceFixAppliedEvent $e): array => [$e->getSetting(), $e->getOldValue(), $e->getNewValue()], $this->dispatcher->ofType(ComplianceFixAppliedEvent::class));
		$this->assertSame([['spreed.retention_event_rooms', '0', '28'], ['spreed.retention_phone_rooms', '0', '7']], $changes, 'one audit entry per key changed; the admin\'s 3 days stay');
	}

	public function testAFailedSecondWriteRestoresTheFirstAndReportsNothing(): void {
		$this->appConfig->setMixed('spreed', 'retention_event_rooms', '0');
		$this->appConfig->setMixed('spreed', 'retention_phone_rooms', '0');
		$before = $this->appConfig->writes;
		$this->appConfig->failingWrites = [$before + 2];
		try {
			$this->service()->apply(ComplianceFixes::TALK_RETENTION, 'admin');
			$this->fail('expected FixNotAppliedException');
		} catch (FixNotAppliedException $e) {
			$this->assertSame('spreed.retention_phone_rooms', $e->setting);
		}
		$this->assertSame('0', $this->appConfig->values['spreed']['retention_event_rooms']);
		$this->assertSame('0', $this->appConfig->values['spreed']['retention_phone_rooms']);
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testRefusesAnUnknownFix(): void {
		$this->expectException(\InvalidArgumentException::class);
		$this->service()->apply('delete-everything', 'admin');
	}
}
