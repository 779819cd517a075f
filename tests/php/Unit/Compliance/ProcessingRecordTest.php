<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance;

use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\DpiaScreening;
use OCA\SafeMeeting\Compliance\ExternalHosts;
use OCA\SafeMeeting\Compliance\Providers;
use OCA\SafeMeeting\Compliance\PolicyFacts;
use OCA\SafeMeeting\Compliance\ProcessingRecord;
use OCA\SafeMeeting\Compliance\RecordContact;
use OCA\SafeMeeting\Compliance\RecordCsv;
use OCA\SafeMeeting\Compliance\ReportEntry;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUserManager;

/**
 * The Art. 30 record and the DPIA screening from one configured server: nothing in them is typed but the
 * controller's contact and DPO.
 */
class ProcessingRecordTest extends CriterionTestCase {
	private array $policy;
	private bool $noMonitoring = false;
	private int $users = 40;

	protected function setUp(): void {
		parent::setUp();
		$this->policy = DefaultPolicy::get();
		$this->appConfig->setMixed('theming', 'name', 'Stadtverwaltung Musterstadt');
	}

	private function record(): ProcessingRecord {
		$reader = $this->reader();
		$profile = $this->createMock(NoMonitoringProfile::class);
		$profile->method('isEnabled')->willReturnCallback(fn (): bool => $this->noMonitoring);
		$compliance = $this->createMock(ComplianceService::class);
		$compliance->method('report')->willReturn([
			new ReportEntry(3, 'Transport encryption', 'B+D', CriterionResult::holds('The server is reached over HTTPS.', [])),
			new ReportEntry(5, 'Access protection', 'B+D', CriterionResult::fails('Talk lets moderators share guest links without a password.', [], null)),
		]);
		$users = $this->createMock(IUserManager::class);
		$users->method('countSeenUsers')->willReturnCallback(fn (): int => $this->users);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn($this->now);
		return new ProcessingRecord($reader, new PolicyFacts($this->policyService($this->policy)), new Providers(new ExternalHosts($reader), $this->attestations()), $this->attestations(), $compliance,
			$profile, new RecordContact($this->appConfig), $this->names(), new DpiaScreening($this->l), $users, $time, $this->l);
	}

	/** @return array<string, array<string, string>> section id → label → value */
	private static function rows(array $record): array {
		$rows = [];
		foreach ($record['sections'] as $section) {
			$rows[$section['id']] = array_column($section['rows'], 'value', 'label');
		}
		return $rows;
	}

	public function testStatesTheControllerFromThemingAndTheTypedContact(): void {
		(new RecordContact($this->appConfig))->set('Rathausplatz 1, 12345 Musterstadt', 'dsb@musterstadt.de');
		$controller = self::rows($this->record()->build())['controller'];
		$this->assertSame(['[t] Name' => 'Stadtverwaltung Musterstadt', '[t] Contact' => 'Rathausplatz 1, 12345 Musterstadt', '[t] Data protection officer' => 'dsb@musterstadt.de'], $controller);
	}

	public function testDescribesTheDataAndItsDeletionFromThePolicy(): void {
		$rows = self::rows($this->record()->build());
		$this->assertSame('[t] deleted after at most [t] 28 days', $rows['data']['[t] Chat messages'], 'the longest chat expiry the policy allows (2419200 s)');
		$this->assertSame('[t] the share ends after at most 90 days', $rows['data']['[t] Shared files']);
		$this->assertSame('[t] none: recording is blocked', $rows['data']['[t] Recordings']);
		$this->assertArrayHasKey('[t] Guests', $rows['subjects'], 'the policy allows guests');
		$this->assertArrayHasKey('[t] E-mail addresses', $rows['data']);
		$this->assertSame('[t] deleted at most 180 days after their end', $rows['deletion']['[t] Safe meetings']);
		$this->assertSame('[t] 28 days after the event', $rows['deletion']['[t] Event conversations']);
	}

	public function testAPolicyWithoutGuestsRecordsNoGuests(): void {
		$this->policy['settings']['guestAccess'] = ['default' => 'none', 'threshold' => 'none', 'locked' => true];
		$rows = self::rows($this->record()->build());
		$this->assertArrayNotHasKey('[t] Guests', $rows['subjects']);
		$this->assertArrayNotHasKey('[t] E-mail addresses', $rows['data']);
	}

	public function testNamesTheProvidersAndTheirTransfersFromTheAttestations(): void {
		$this->assertSame([], $this->attestations()->attest(['item' => 'host', 'subject' => 'stun.nextcloud.com', 'role' => 'processor', 'transfer' => 'scc', 'documentRef' => 'AVV Nextcloud', 'reviewDue' => '2027-12-01'], 'admin'));
		$rows = self::rows($this->record()->build());
		$this->assertSame('[t] AVV Nextcloud, attested by admin on 2026-12-01; [t] next review 2027-12-01', $rows['recipients']['[t] stun.nextcloud.com (STUN)']);
		$this->assertSame(['stun.nextcloud.com' => '[t] third country, standard contractual clauses'], $rows['transfers']);
	}

	public function testListsTheCriteriaThatHoldAsMeasures(): void {
		$measures = self::rows($this->record()->build())['measures'];
		$this->assertSame(['Transport encryption' => 'The server is reached over HTTPS.', '[t] Further measures' => '[t] not attested'], $measures);
	}

	public function testTheDpiaScreeningAnswersFromTheSameFacts(): void {
		$dpia = $this->record()->build()['dpia'];
		$answers = array_column($dpia['questions'], 'answer');
		// monitoring (profile off), vulnerable (employees), recording (blocked), transfers (STUN unclassified), AI, large scale, Art. 9
		$this->assertSame(['yes', 'yes', 'no', 'unknown', 'no', 'no', 'unknown'], $answers);
		$this->assertTrue($dpia['indicated']);

		$this->noMonitoring = true;
		$this->appConfig->setMixed('spreed', 'stun_servers', '[]');
		$dpia = $this->record()->build()['dpia'];
		$this->assertSame(['no', 'yes', 'no', 'no', 'no', 'no', 'unknown'], array_column($dpia['questions'], 'answer'));
		$this->assertFalse($dpia['indicated']);
		$this->assertSame('[t] This screening does not indicate a full data protection impact assessment (1 criterion met). Check the questions it cannot answer.', $dpia['summary']);
	}

	public function testTheCsvHasOneRowPerEntryAndReadsInSpreadsheets(): void {
		$csv = (new RecordCsv($this->l))->render($this->record()->build());
		$this->assertStringStartsWith("\u{FEFF}", $csv, 'a byte order mark, so spreadsheets read UTF-8');
		$lines = array_map(static fn (string $line): array => str_getcsv($line, ',', '"', ''), explode("\n", trim(substr($csv, 3))));
		$this->assertSame(['[t] Section', '[t] Entry', '[t] Value'], $lines[0]);
		$this->assertContains(['[t] Controller', '[t] Name', 'Stadtverwaltung Musterstadt'], $lines);
		$this->assertContains(['[t] Record of processing activities (Art. 30 GDPR)', '[t] Generated', '2026-12-01T14:00:00Z'], $lines);
		$this->assertContains(['[t] DPIA screening (Art. 35 GDPR)', '[t] Is audio or video recorded?', '[t] no: [t] The policy blocks recording, or Talk cannot record.'], $lines);
		$this->assertSame('[t] DPIA screening (Art. 35 GDPR)', end($lines)[0]);
	}

	public function testAValueThatLooksLikeAFormulaStaysText(): void {
		(new RecordContact($this->appConfig))->set('=HYPERLINK("http://evil.example")', '@dpo');
		$csv = (new RecordCsv($this->l))->render($this->record()->build());
		$this->assertStringContainsString('"\'=HYPERLINK(""http://evil.example"")"', $csv);
		$this->assertStringContainsString("'@dpo", $csv);
	}

	public function testTheContactIsValidatedAndStoredOnlyWhenValid(): void {
		$contact = new RecordContact($this->appConfig);
		$this->assertCount(1, $contact->set(str_repeat('x', 501), 'dpo'));
		$this->assertCount(1, $contact->set(['not', 'text'], 'dpo'));
		$this->assertSame(['contact' => '', 'dpo' => ''], $contact->get());
		$this->assertSame([], $contact->set(' Town hall ', ' dpo@example.org '));
		$this->assertSame(['contact' => 'Town hall', 'dpo' => 'dpo@example.org'], $contact->get());
	}
}
