<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Compliance\ProcessingRecord;
use OCA\SafeMeeting\Compliance\RecordCsv;
use OCA\SafeMeeting\Service\CurrentAdmin;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Settings\Admin;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\OpenAPI;
use OCP\AppFramework\Http\DataDisplayResponse;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\IL10N;
use OCP\IRequest;

/**
 * The record of processing activities (Art. 30 GDPR) with its DPIA screening as a printable page (the
 * browser prints it to PDF) and as JSON and CSV downloads, for admins (or delegated: CurrentAdmin); all
 * from one ProcessingRecord, so they always say the same.
 */
class RecordPageController extends Controller {
	public function __construct(
		IRequest $request,
		private CurrentAdmin $currentAdmin,
		private ProcessingRecord $record,
		private RecordCsv $csv,
		private IInitialState $initialState,
		private PageAssets $assets,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	#[FrontpageRoute(verb: 'GET', url: '/compliance/record')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[NoCSRFRequired]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function page(): Response {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		$this->initialState->provideInitialState('record', $this->record->build());
		$this->assets->load('safe_meeting-record');
		return new TemplateResponse(Application::APP_ID, 'record');
	}

	#[FrontpageRoute(verb: 'GET', url: '/compliance/record.json')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[NoCSRFRequired]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function downloadJson(): Response {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		$json = json_encode($this->record->build(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
		return $this->download($json, 'json', 'application/json; charset=utf-8');
	}

	#[FrontpageRoute(verb: 'GET', url: '/compliance/record.csv')]
	#[AuthorizedAdminSetting(settings: Admin::class)]
	#[NoCSRFRequired]
	#[OpenAPI(OpenAPI::SCOPE_IGNORE)]
	public function downloadCsv(): Response {
		if ($this->currentAdmin->adminUid() === null) {
			return $this->forbidden();
		}
		return $this->download($this->csv->render($this->record->build()), 'csv', 'text/csv; charset=utf-8');
	}

	private function download(string $data, string $extension, string $type): DataDisplayResponse {
		$response = new DataDisplayResponse($data, Http::STATUS_OK, ['Content-Type' => $type]);
		$response->addHeader('Content-Disposition', 'attachment; filename="processing-record-' . gmdate('Y-m-d') . ".$extension\"");
		return $response;
	}

	private function forbidden(): DataDisplayResponse {
		return new DataDisplayResponse($this->l10n->t('Only administrators can see and change the compliance of this server.'), Http::STATUS_FORBIDDEN, ['Content-Type' => 'text/plain; charset=utf-8']);
	}
}
