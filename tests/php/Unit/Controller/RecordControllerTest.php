<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Compliance\ProcessingRecord;
use OCA\SafeMeeting\Compliance\RecordContact;
use OCA\SafeMeeting\Compliance\RecordCsv;
use OCA\SafeMeeting\Controller\RecordController;
use OCA\SafeMeeting\Controller\RecordPageController;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\SettingTexts;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\OpenAPI;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\IRequest;
use PHPUnit\Framework\TestCase;

class RecordControllerTest extends TestCase {
	private const RECORD = [
		'generatedAt' => 1796133600,
		'sections' => [['id' => 'controller', 'title' => 'Controller', 'rows' => [['label' => 'Name', 'value' => 'Stadt Musterstadt']]]],
		'dpia' => ['questions' => [], 'indicated' => false, 'summary' => 'Not indicated'],
	];

	private ?string $admin = 'admin';
	private array $initialState = [];

	private function access(): CurrentAdmin {
		$access = $this->createMock(CurrentAdmin::class);
		$access->method('adminUid')->willReturnCallback(fn (): ?string => $this->admin);
		return $access;
	}

	private function record(): ProcessingRecord {
		$record = $this->createMock(ProcessingRecord::class);
		$record->method('build')->willReturn(self::RECORD);
		return $record;
	}

	private function pages(): RecordPageController {
		$state = $this->createMock(IInitialState::class);
		$state->method('provideInitialState')->willReturnCallback(function (string $key, $value): void {
			$this->initialState[$key] = $value;
		});
		return new RecordPageController($this->createMock(IRequest::class), $this->access(), $this->record(), new RecordCsv(new FakeL10N()), $state, $this->createMock(PageAssets::class), new FakeL10N());
	}

	private function api(InMemoryAppConfig $appConfig): RecordController {
		$l10n = new FakeL10N();
		return new RecordController($this->createMock(IRequest::class), $this->access(), $this->record(), new RecordContact($appConfig), new ViolationMessages($l10n, new SettingTexts($l10n)), $l10n);
	}

	/** The headers the response sets itself (Response::getHeaders() adds the server's, which needs a server). */
	private static function headers(Response $response): array {
		return (new \ReflectionProperty(Response::class, 'headers'))->getValue($response);
	}

	/** @return list<string> */
	private static function attributes(string $class, string $method): array {
		return array_map(static fn (\ReflectionAttribute $a): string => $a->getName(), (new \ReflectionMethod($class, $method))->getAttributes());
	}

	public function testThePageAndTheDownloadsAreForAdminsOnly(): void {
		foreach (['page' => '/compliance/record', 'downloadJson' => '/compliance/record.json', 'downloadCsv' => '/compliance/record.csv'] as $method => $url) {
			$this->assertSame([FrontpageRoute::class, AuthorizedAdminSetting::class, NoCSRFRequired::class, OpenAPI::class], self::attributes(RecordPageController::class, $method), $method);
			$this->assertSame(['verb' => 'GET', 'url' => $url], (new \ReflectionMethod(RecordPageController::class, $method))->getAttributes(FrontpageRoute::class)[0]->newInstance()->toArray());
		}
		$this->assertSame([ApiRoute::class, AuthorizedAdminSetting::class], self::attributes(RecordController::class, 'get'));
		$this->assertSame([ApiRoute::class, AuthorizedAdminSetting::class, PasswordConfirmationRequired::class], self::attributes(RecordController::class, 'setContact'));

		$this->admin = null;
		foreach (['page', 'downloadJson', 'downloadCsv'] as $method) {
			$this->assertSame(403, $this->pages()->$method()->getStatus(), $method);
		}
		$this->assertSame([], $this->initialState);
		$this->assertSame(403, $this->api(new InMemoryAppConfig())->get()->getStatus());
	}

	public function testThePrintablePageCarriesTheRecord(): void {
		$page = $this->pages()->page();
		$this->assertInstanceOf(TemplateResponse::class, $page);
		$this->assertSame('record', $page->getTemplateName());
		$this->assertSame(self::RECORD, $this->initialState['record']);
	}

	public function testDownloadsAttachTheSameRecordAsJsonAndCsv(): void {
		$json = $this->pages()->downloadJson();
		$this->assertSame(self::RECORD, json_decode($json->render(), true));
		$this->assertSame('application/json; charset=utf-8', self::headers($json)['Content-Type']);
		$this->assertMatchesRegularExpression('/^attachment; filename="processing-record-\d{4}-\d{2}-\d{2}\.json"$/', self::headers($json)['Content-Disposition']);

		$csv = $this->pages()->downloadCsv();
		$this->assertStringContainsString('Stadt Musterstadt', $csv->render());
		$this->assertSame('text/csv; charset=utf-8', self::headers($csv)['Content-Type']);
		$this->assertStringEndsWith('.csv"', self::headers($csv)['Content-Disposition']);
	}

	public function testStoresTheContactTypedForTheRecordAndRefusesTooLongOnes(): void {
		$appConfig = new InMemoryAppConfig();
		$this->assertSame(['contact' => 'Town hall', 'dpo' => 'dpo@example.org'], $this->api($appConfig)->setContact('Town hall', 'dpo@example.org')->getData());
		$refused = $this->api($appConfig)->setContact(str_repeat('x', 501), '');
		$this->assertSame(400, $refused->getStatus());
		$this->assertSame('contact', $refused->getData()['violations'][0]['field']);
		$this->assertSame(['contact' => 'Town hall', 'dpo' => 'dpo@example.org'], $this->api($appConfig)->contact()->getData());
	}
}
