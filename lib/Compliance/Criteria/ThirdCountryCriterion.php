<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criterion;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\Providers;
use OCA\SafeMeeting\Compliance\TalkDefaults;
use OCP\IL10N;

/**
 * 2. Third-country transfers: every provider in the media path has a known transfer basis (EU/EEA,
 * adequacy decision, standard contractual clauses); federation reaches trusted servers only; no bridge
 * copies chats to other services; no cloud AI or translation integration is enabled.
 */
class ThirdCountryCriterion implements Criterion {
	/** Nextcloud apps that send texts or audio to an external AI or translation service. */
	public const AI_APPS = ['integration_openai', 'integration_replicate', 'integration_deepl', 'integration_watsonx'];

	public function __construct(
		private ConfigReader $reader,
		private Providers $providers,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 2;
	}

	public function title(): string {
		return $this->l->t('Third-country transfers');
	}

	public function sources(): string {
		return 'B';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$evidence = [];
		$unknown = 0;
		foreach ($this->providers->all() as $host => ['attestation' => $attestation]) {
			$transfer = $attestation?->detailsArray()['transfer'] ?? null;
			$unknown += $transfer === null ? 1 : 0;
			$evidence[] = new Evidence("host.$host", $host, match ($transfer) {
				'eu' => $this->l->t('EU or EEA'),
				'adequacy' => $this->l->t('third country with an adequacy decision'),
				'scc' => $this->l->t('third country, standard contractual clauses'),
				default => $this->l->t('unknown'),
			});
		}
		$federation = ($this->reader->appValue(TalkDefaults::APP, 'federation_enabled') ?? 'no') === 'yes';
		$trustedOnly = $this->reader->appBool(TalkDefaults::APP, 'federation_only_trusted_servers', false);
		$bridge = $this->reader->appBool(TalkDefaults::APP, 'enable_matterbridge', false);
		$aiApps = array_values(array_filter(self::AI_APPS, fn (string $app): bool => $this->reader->appEnabled($app)));
		$evidence[] = new Evidence('spreed.federation_enabled', $this->l->t('Federation with other servers'), $federation ? ($trustedOnly ? $this->l->t('trusted servers only') : $this->l->t('any server')) : $this->l->t('off'));
		$evidence[] = new Evidence('spreed.enable_matterbridge', $this->l->t('Bridges to other chat services (Matterbridge)'), $bridge ? $this->l->t('on') : $this->l->t('off'));
		$evidence[] = new Evidence('apps.ai', $this->l->t('External AI and translation integrations'), $aiApps === [] ? $this->l->t('none') : implode(', ', $aiApps));
		$evidence[] = new Evidence('system.reference_opengraph', $this->l->t('Link previews (the server fetches linked pages)'), (bool)$this->reader->system('reference_opengraph', true) ? $this->l->t('on') : $this->l->t('off'));

		$findings = [];
		if ($unknown > 0) {
			$findings[] = $this->l->n('%n provider has no known transfer basis.', '%n providers have no known transfer basis.', $unknown);
		}
		if ($federation && !$trustedOnly) {
			$findings[] = $this->l->t('Federation reaches any server.');
		}
		if ($bridge) {
			$findings[] = $this->l->t('Bridges may copy chats to other services.');
		}
		if ($aiApps !== []) {
			$findings[] = $this->l->t('External AI or translation services may receive texts.');
		}
		if ($findings === []) {
			return CriterionResult::holds($this->l->t('Every transfer has a known basis.'), $evidence);
		}
		return CriterionResult::fails(implode(' ', $findings), $evidence, $unknown > 0
			? Fix::link($this->links->section('safe_meeting') . '#safe-meeting-evidence', $this->l->t('Classify the providers'), $this->l->t('Safe Meeting → Organisational evidence → Providers in the media path'))
			: Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), 'occ config:app:set spreed federation_only_trusted_servers --value=1; occ config:app:set spreed enable_matterbridge --value=0'));
	}
}
