<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\SetupCheck;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\ReportEntry;
use OCA\SafeMeeting\SetupCheck\AccessProtectionSetupCheck;
use OCA\SafeMeeting\SetupCheck\InformationDutySetupCheck;
use OCA\SafeMeeting\SetupCheck\RecordingConsentSetupCheck;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCP\IURLGenerator;
use OCP\SetupCheck\SetupResult;
use PHPUnit\Framework\TestCase;

class CriterionSetupCheckTest extends TestCase {
	private function check(CriterionResult $result, int $expectedCriterion = 5): AccessProtectionSetupCheck {
		$compliance = $this->createMock(ComplianceService::class);
		$compliance->method('evaluate')->with($expectedCriterion)->willReturn(new ReportEntry($expectedCriterion, 'Access protection', 'B+D', $result));
		$compliance->method('title')->with($expectedCriterion)->willReturn('Access protection');
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('linkToRoute')->willReturn('/index.php/settings/admin/safe_meeting');
		return new AccessProtectionSetupCheck($compliance, new AdminLinks($urls), new FakeL10N());
	}

	public function testAFailingCriterionIsAWarningNamingTheFixAndLinkingTheCompliancePage(): void {
		$result = $this->check(CriterionResult::fails('Guest links need no password.', [], Fix::action('force-passwords', 'Fix', 'occ config:app:set spreed force_passwords --value=1')))->run();

		$this->assertSame(SetupResult::WARNING, $result->getSeverity());
		$this->assertSame('[t] Guest links need no password. Fix: occ config:app:set spreed force_passwords --value=1', $result->getDescription());
		$this->assertSame('/index.php/settings/admin/safe_meeting', $result->getLinkToDoc());
	}

	public function testAHoldingCriterionIsASuccessAndAnUnreadableOneAnInfo(): void {
		$this->assertSame(SetupResult::SUCCESS, $this->check(CriterionResult::holds('fine', []))->run()->getSeverity());
		$unreadable = $this->check(CriterionResult::unreadable('Talk is not enabled.'))->run();
		$this->assertSame(SetupResult::INFO, $unreadable->getSeverity());
		$this->assertSame('Talk is not enabled.', $unreadable->getDescription());
	}

	public function testNamesTheCriterionInTheSecurityCategory(): void {
		$check = $this->check(CriterionResult::holds('fine', []));
		$this->assertSame('[t] Safe Meeting: Access protection', $check->getName());
		$this->assertSame('security', $check->getCategory());
	}

	public function testEachRegisteredCheckShowsItsOwnCriterion(): void {
		foreach ([RecordingConsentSetupCheck::class => 10, InformationDutySetupCheck::class => 16] as $class => $criterion) {
			$compliance = $this->createMock(ComplianceService::class);
			$compliance->expects($this->once())->method('evaluate')->with($criterion)->willReturn(new ReportEntry($criterion, 't', 'D', CriterionResult::holds('fine', [])));
			(new $class($compliance, new AdminLinks($this->createMock(IURLGenerator::class)), new FakeL10N()))->run();
		}
	}
}
