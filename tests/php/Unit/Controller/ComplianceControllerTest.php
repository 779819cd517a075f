<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Compliance\ComplianceFixService;
use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\EvidenceOverview;
use OCA\SafeMeeting\Compliance\ReportEntry;
use OCA\SafeMeeting\Controller\ComplianceController;
use OCA\SafeMeeting\Controller\EvidenceController;
use OCA\SafeMeeting\Controller\MeetingOverviewController;
use OCA\SafeMeeting\Controller\NoMonitoringController;
use OCA\SafeMeeting\Exception\FixNotAppliedException;
use OCA\SafeMeeting\Policy\Violation;
use OCA\SafeMeeting\Service\AttestationService;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Service\MeetingOverviewService;
use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCA\SafeMeeting\Service\SettingTexts;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCA\SafeMeeting\Settings\Admin;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\IRequest;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class ComplianceControllerTest extends TestCase {
	private ?string $admin = 'admin';
	private ComplianceService&MockObject $compliance;
	private ComplianceFixService&MockObject $fixes;
	private MeetingOverviewService&MockObject $overview;

	protected function setUp(): void {
		$this->compliance = $this->createMock(ComplianceService::class);
		$this->fixes = $this->createMock(ComplianceFixService::class);
		$this->overview = $this->createMock(MeetingOverviewService::class);
	}

	private function access(): CurrentAdmin {
		$access = $this->createMock(CurrentAdmin::class);
		$access->method('adminUid')->willReturnCallback(fn (): ?string => $this->admin);
		return $access;
	}

	private function controller(): ComplianceController {
		return new ComplianceController($this->createMock(IRequest::class), $this->access(), $this->compliance, $this->fixes, new FakeL10N());
	}

	private function overviewController(): MeetingOverviewController {
		return new MeetingOverviewController($this->createMock(IRequest::class), $this->access(), $this->overview, new FakeL10N(), $this->createMock(LoggerInterface::class));
	}

	/** @return array{0: array, 1: list<string>} route and attribute names */
	private static function declared(string $class, string $method): array {
		$reflection = new \ReflectionMethod($class, $method);
		$attributes = array_map(static fn (\ReflectionAttribute $a): string => $a->getName(), $reflection->getAttributes());
		return [$reflection->getAttributes(ApiRoute::class)[0]->newInstance()->toArray(), $attributes];
	}

	public function testEveryEndpointIsForAdminsAndDelegatesAndTheFixNeedsThePassword(): void {
		$this->assertSame([['verb' => 'GET', 'url' => '/api/v1/compliance'], [ApiRoute::class, AuthorizedAdminSetting::class]], self::declared(ComplianceController::class, 'report'));
		$this->assertSame([['verb' => 'POST', 'url' => '/api/v1/compliance/fixes/{fix}'], [ApiRoute::class, AuthorizedAdminSetting::class, PasswordConfirmationRequired::class]], self::declared(ComplianceController::class, 'fix'));
		$this->assertSame([['verb' => 'GET', 'url' => '/api/v1/compliance/meetings'], [ApiRoute::class, AuthorizedAdminSetting::class]], self::declared(MeetingOverviewController::class, 'list'));
		$settings = (new \ReflectionMethod(ComplianceController::class, 'fix'))->getAttributes(AuthorizedAdminSetting::class)[0]->newInstance()->getSettings();
		$this->assertSame(Admin::class, $settings);
	}

	public function testAnAdminReadsTheReport(): void {
		$this->compliance->method('report')->willReturn([new ReportEntry(13, 'Logs', 'D', CriterionResult::holds('fine', []))]);
		$response = $this->controller()->report();
		$this->assertSame(200, $response->getStatus());
		$this->assertSame('holds', $response->getData()['criteria'][0]['status']);
	}

	public function testOthersAreRefusedEverywhereAndNothingIsApplied(): void {
		$this->admin = null;
		$this->fixes->expects($this->never())->method('apply');
		$this->overview->expects($this->never())->method('overview');
		$this->assertSame(403, $this->controller()->report()->getStatus());
		$this->assertSame(403, $this->controller()->fix('force-passwords')->getStatus());
		$this->assertSame(403, $this->overviewController()->list()->getStatus());
	}

	public function testAppliesAFixAndAnswersWithTheCriterionAsItIsNow(): void {
		$this->fixes->expects($this->once())->method('apply')->with('force-passwords', 'admin')->willReturn(5);
		$this->compliance->method('evaluate')->with(5)->willReturn(new ReportEntry(5, 'Access', 'B+D', CriterionResult::holds('now fine', [])));

		$response = $this->controller()->fix('force-passwords');

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['criterion' => 5, 'status' => 'holds'], array_intersect_key($response->getData()['criterion'], ['criterion' => 0, 'status' => 0]));
	}

	public function testRefusesAnUnknownFixWithATranslatedMessage(): void {
		$this->fixes->expects($this->never())->method('apply');
		$response = $this->controller()->fix('drop-tables');
		$this->assertSame(400, $response->getStatus());
		$this->assertSame('[t] There is no such fix. Nothing was changed.', $response->getData()['message']);
	}

	public function testSaysWhichSettingCouldNotBeWritten(): void {
		$this->fixes->method('apply')->willThrowException(new FixNotAppliedException('spreed.force_passwords'));
		$response = $this->controller()->fix('force-passwords');
		$this->assertSame(500, $response->getStatus());
		$this->assertStringContainsString('spreed.force_passwords', $response->getData()['message']);
	}

	public function testPassesTheFilterAndPageToTheOverview(): void {
		$this->overview->expects($this->once())->method('overview')->with('findings', 'bob', 'board', 50, 25)->willReturn(['meetings' => [], 'total' => 0, 'counts' => ['compliant' => 0, 'findings' => 0, 'room-missing' => 0]]);
		$this->assertSame(200, $this->overviewController()->list('findings', ' bob ', ' board ', 3, 25)->getStatus());
	}

	public function testRefusesAnInvalidFilter(): void {
		$this->overview->expects($this->never())->method('overview');
		foreach ([['broken', 1, 25], ['all', 0, 25], ['all', 1, 0], ['all', 1, 101]] as [$status, $page, $limit]) {
			$response = $this->overviewController()->list($status, '', '', $page, $limit);
			$this->assertSame(400, $response->getStatus(), "$status $page $limit");
			$this->assertSame('[t] The filter is not valid.', $response->getData()['message']);
		}
	}

	public function testTheNoMonitoringProfileIsForAdminsAndSwitchingItNeedsThePassword(): void {
		$this->assertSame([['verb' => 'GET', 'url' => '/api/v1/compliance/no-monitoring'], [ApiRoute::class, AuthorizedAdminSetting::class]], self::declared(NoMonitoringController::class, 'get'));
		$this->assertSame([['verb' => 'PUT', 'url' => '/api/v1/compliance/no-monitoring'], [ApiRoute::class, AuthorizedAdminSetting::class, PasswordConfirmationRequired::class]], self::declared(NoMonitoringController::class, 'update'));
		$profile = $this->createMock(NoMonitoringProfile::class);
		$profile->expects($this->once())->method('setEnabled')->with(true, 'admin');
		$profile->method('status')->willReturn(['enabled' => true, 'users' => 3, 'publicReadReceipts' => 0, 'publicTyping' => 0]);
		$controller = new NoMonitoringController($this->createMock(IRequest::class), $this->access(), $profile, new FakeL10N());
		$this->assertSame(['enabled' => true, 'users' => 3, 'publicReadReceipts' => 0, 'publicTyping' => 0], $controller->update(true)->getData());
		$this->admin = null;
		$this->assertSame(403, $controller->update(false)->getStatus());
		$this->assertSame(403, $controller->get()->getStatus());
	}

	public function testEvidenceIsForAdminsAndAttestingNeedsThePasswordAndValidInput(): void {
		$this->assertSame([['verb' => 'GET', 'url' => '/api/v1/compliance/evidence'], [ApiRoute::class, AuthorizedAdminSetting::class]], self::declared(EvidenceController::class, 'get'));
		$this->assertSame([['verb' => 'POST', 'url' => '/api/v1/compliance/evidence'], [ApiRoute::class, AuthorizedAdminSetting::class, PasswordConfirmationRequired::class]], self::declared(EvidenceController::class, 'attest'));
		$attestations = $this->createMock(AttestationService::class);
		$attestations->method('attest')->willReturnCallback(static fn (array $input, string $actor): array => $input['documentRef'] === '' ? [new Violation('documentRef', 'required')] : []);
		$overview = $this->createMock(EvidenceOverview::class);
		$overview->method('get')->willReturn(['items' => [], 'hosts' => [], 'hostsReadable' => true]);
		$l10n = new FakeL10N();
		$controller = new EvidenceController($this->createMock(IRequest::class), $this->access(), $attestations, $overview, new ViolationMessages($l10n, new SettingTexts($l10n)), $l10n);

		$this->assertSame(201, $controller->attest('toms', 'TOM v3', '2027-01-01')->getStatus());
		$refused = $controller->attest('toms', '', '2027-01-01');
		$this->assertSame(400, $refused->getStatus());
		$this->assertSame([['field' => 'documentRef', 'code' => 'required', 'message' => '[t] [t] This value is required.']], $refused->getData()['violations']);
		$this->admin = null;
		$this->assertSame(403, $controller->attest('toms', 'TOM v3', '2027-01-01')->getStatus());
		$this->assertSame(403, $controller->get()->getStatus());
	}

	public function testSaysSoWhenTalksConversationsCannotBeRead(): void {
		$this->overview->method('overview')->willThrowException(new \OCP\DB\Exception('no such table'));
		$this->assertSame(412, $this->overviewController()->list()->getStatus());
	}
}
