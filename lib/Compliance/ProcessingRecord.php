<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Compliance\Criteria\ThirdCountryCriterion;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\AttestationService;
use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use OCP\IUserManager;

/**
 * The record of processing activities (Art. 30 GDPR) for meetings, and its DPIA screening, generated from
 * the server as it is: the theming name, Talk's and core's settings, the policy, the compliance criteria
 * that hold, and the admins' attestations. The only things typed for it are the controller's contact and
 * the data protection officer (RecordContact). Sections of labelled rows, so the page, JSON and CSV show
 * the same.
 *
 * @psalm-import-type SafeMeetingRecord from ResponseDefinitions
 */
class ProcessingRecord {
	public function __construct(
		private ConfigReader $reader,
		private PolicyFacts $policy,
		private Providers $providers,
		private AttestationService $attestations,
		private ComplianceService $compliance,
		private NoMonitoringProfile $noMonitoring,
		private RecordContact $contact,
		private EvidenceNames $names,
		private DpiaScreening $dpia,
		private IUserManager $userManager,
		private ITimeFactory $time,
		private IL10N $l,
	) {
	}

	/** @return SafeMeetingRecord */
	public function build(): array {
		$guests = $this->policy->permits('guestAccess', 'password');
		$recording = $this->policy->permits('recording', 'with-consent') && $this->talkCanRecord();
		$monitoring = !$this->noMonitoring->isEnabled() || $this->reader->appEnabled('user_status');
		try {
			$providers = $this->providers->all();
		} catch (UnreadableException) {
			$providers = [];
		}
		$current = $this->attestations->current();
		$transfers = $this->transfers($providers);
		$ai = array_values(array_filter(ThirdCountryCriterion::AI_APPS, fn (string $app): bool => $this->reader->appEnabled($app)));
		$dpia = $this->dpia->screen(['monitoring' => $monitoring, 'recording' => $recording, 'transfers' => $transfers['any'], 'ai' => $ai, 'users' => (int)$this->userManager->countSeenUsers()]);

		return [
			'generatedAt' => $this->time->getTime(),
			'sections' => [
				$this->section('controller', $this->l->t('Controller'), [
					$this->l->t('Name') => $this->reader->appValue('theming', 'name') ?? 'Nextcloud',
					$this->l->t('Contact') => $this->contact->get()['contact'],
					$this->l->t('Data protection officer') => $this->contact->get()['dpo'],
				]),
				$this->section('processing', $this->l->t('Processing activity'), [
					$this->l->t('Name') => $this->l->t('Video conferences and chats (Nextcloud Talk with Safe Meeting)'),
					$this->l->t('Purpose') => $this->l->t('Meetings, calls and chats of the organisation with its staff and, where the policy allows, invited guests'),
				]),
				$this->section('subjects', $this->l->t('Categories of data subjects'), array_filter([
					$this->l->t('Users') => $this->l->t('Employees and other people with an account on this server'),
					$this->l->t('Guests') => $guests ? $this->l->t('People invited by link or e-mail, without an account') : null,
				])),
				$this->section('data', $this->l->t('Categories of personal data'), $this->dataCategories($guests, $recording, $monitoring)),
				$this->section('recipients', $this->l->t('Recipients'), $providers === []
					? [$this->l->t('Providers in the media path') => $this->l->t('none: Talk uses only this server')]
					: array_combine(
						array_map(fn (string $host): string => $this->l->t('%1$s (%2$s)', [$host, $this->names->uses($providers[$host]['uses'])]), array_keys($providers)),
						array_map(fn (array $p): string => $this->names->attestation($p['attestation']), $providers),
					)),
				$this->section('transfers', $this->l->t('Transfers to third countries'), $transfers['rows']),
				$this->section('deletion', $this->l->t('Deletion periods'), $this->deletion()),
				$this->section('measures', $this->l->t('Technical and organisational measures'), $this->measures($current)),
				$this->section('evidence', $this->l->t('Organisational evidence'), array_combine(
					array_map(fn (string $item): string => $this->names->item($item), AttestationService::ITEMS),
					array_map(fn (string $item): string => $this->names->attestation($current[$item] ?? null), AttestationService::ITEMS),
				)),
			],
			'dpia' => $dpia,
		];
	}

	/** @return array<string, string> */
	private function dataCategories(bool $guests, bool $recording, bool $monitoring): array {
		$chat = $this->policy->longest('chatExpiry');
		$files = $this->policy->longest('fileRetentionDays');
		return array_filter([
			$this->l->t('Names and account data') => $this->l->t('of users; guests choose a display name'),
			$this->l->t('E-mail addresses') => $guests ? $this->l->t('of guests invited by e-mail') : null,
			$this->l->t('IP addresses') => $this->l->t('of every participant, seen by this server and the providers in the media path'),
			$this->l->t('Audio and video') => $this->l->t('transmitted during calls, not stored'),
			$this->l->t('Chat messages') => $chat === 0 || $chat === null ? $this->l->t('kept until deleted') : $this->l->t('deleted after at most %s', [$this->duration($chat)]),
			$this->l->t('Shared files') => $files === 0 || $files === null ? $this->l->t('kept until deleted') : $this->l->t('the share ends after at most %s days', [(string)$files]),
			$this->l->t('Recordings') => $recording ? $this->l->t('only with every participant\'s consent, stored in the files of whoever started them') : $this->l->t('none: recording is blocked'),
			$this->l->t('Reading and typing activity') => $monitoring ? $this->l->t('visible to other participants') : $this->l->t('private for every user ("no monitoring" profile)'),
		]);
	}

	/** @return array{any: ?bool, rows: array<string, string>} any: true some, false none, null unknown */
	private function transfers(array $providers): array {
		$rows = [];
		$unknown = false;
		foreach ($providers as $host => ['attestation' => $attestation]) {
			$transfer = $attestation?->detailsArray()['transfer'] ?? null;
			if ($transfer === 'eu') {
				continue;
			}
			$unknown = $unknown || $transfer === null;
			$rows[$host] = match ($transfer) {
				'adequacy' => $this->l->t('third country with an adequacy decision'),
				'scc' => $this->l->t('third country, standard contractual clauses'),
				default => $this->l->t('unknown: not classified yet'),
			};
		}
		if ($rows === []) {
			return ['any' => false, 'rows' => [$this->l->t('Transfers') => $this->l->t('none: every provider is in the EU or EEA')]];
		}
		$classified = count(array_filter($rows, fn (string $row): bool => $row !== $this->l->t('unknown: not classified yet')));
		return ['any' => $classified > 0 ? true : ($unknown ? null : false), 'rows' => $rows];
	}

	/** @return array<string, string> */
	private function deletion(): array {
		$meeting = $this->policy->longest('meetingRetentionDays');
		$days = fn (string $key, int $default): int => $this->reader->appInt(TalkDefaults::APP, $key, $default);
		return [
			$this->l->t('Safe meetings') => $meeting === 0 || $meeting === null ? $this->l->t('kept until deleted') : $this->l->n('deleted at most %n day after their end', 'deleted at most %n days after their end', $meeting),
			$this->l->t('Event conversations') => $this->l->n('%n day after the event', '%n days after the event', $days('retention_event_rooms', TalkDefaults::RETENTION_EVENT_ROOMS)),
			$this->l->t('Instant meetings') => $this->l->n('%n day after the last activity', '%n days after the last activity', $days('retention_instant_meetings', TalkDefaults::RETENTION_INSTANT_MEETINGS)),
			$this->l->t('Activities') => $this->l->n('%n day', '%n days', (int)$this->reader->system('activity_expire_days', 365)),
		];
	}

	/** @return array<string, string> the criteria that hold, and the TOMs document */
	private function measures(array $current): array {
		$rows = [];
		foreach ($this->compliance->report() as $entry) {
			if ($entry->result->status === Status::HOLDS && $entry->criterion !== 18) {
				$rows[$entry->title] = $entry->result->summary;
			}
		}
		$rows[$this->l->t('Further measures')] = $this->names->attestation($current['toms'] ?? null);
		return $rows;
	}

	private function talkCanRecord(): bool {
		$servers = $this->reader->appJson(TalkDefaults::APP, 'recording_servers', []);
		return ($this->reader->appValue(TalkDefaults::APP, 'call_recording') ?? 'yes') === 'yes'
			&& is_array($servers) && is_array($servers['servers'] ?? null) && $servers['servers'] !== [];
	}

	private function duration(int $seconds): string {
		return $seconds % 86400 === 0
			? $this->l->n('%n day', '%n days', intdiv($seconds, 86400))
			: $this->l->n('%n hour', '%n hours', intdiv($seconds, 3600));
	}

	/**
	 * @param array<string, ?string> $rows label => value; null values are left out
	 * @return array{id: string, title: string, rows: list<array{label: string, value: string}>}
	 */
	private function section(string $id, string $title, array $rows): array {
		$list = [];
		foreach ($rows as $label => $value) {
			if ($value !== null) {
				$list[] = ['label' => (string)$label, 'value' => $value];
			}
		}
		return ['id' => $id, 'title' => $title, 'rows' => $list];
	}
}
