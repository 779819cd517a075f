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
use OCA\SafeMeeting\Compliance\TalkDefaults;
use OCP\IL10N;

/**
 * 3. Transport encryption: the server's address is HTTPS, and a TURN server, if any, offers TLS (`turns:`).
 */
class TransportEncryptionCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 3;
	}

	public function title(): string {
		return $this->l->t('Transport encryption');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$protocol = (string)$this->reader->system('overwriteprotocol', '');
		$url = (string)$this->reader->system('overwrite.cli.url', '');
		$turnServers = $this->reader->appJson(TalkDefaults::APP, 'turn_servers', []);
		$turnServers = is_array($turnServers) ? $turnServers : [];
		$withTls = count(array_filter($turnServers, static fn ($server): bool => is_array($server) && str_contains((string)($server['schemes'] ?? ''), 'turns')));
		$evidence = [
			new Evidence('system.overwriteprotocol', $this->l->t('Protocol the server announces'), $protocol === '' ? $this->l->t('not set') : $protocol),
			new Evidence('system.overwrite.cli.url', $this->l->t('Address of the server'), $url === '' ? $this->l->t('not set') : $url),
			new Evidence('spreed.turn_servers', $this->l->t('TURN servers with TLS (turns:)'), "$withTls / " . count($turnServers)),
		];
		if ($protocol === '' && $url === '') {
			return CriterionResult::unreadable($this->l->t('The server\'s address is not configured, so its protocol cannot be read.'), $evidence, $this->fixAddress());
		}
		$https = $protocol === 'https' || ($protocol === '' && str_starts_with(strtolower($url), 'https://'));
		if (!$https) {
			return CriterionResult::fails($this->l->t('The server is not reached over HTTPS.'), $evidence, $this->fixAddress());
		}
		if ($turnServers !== [] && $withTls === 0) {
			return CriterionResult::fails(
				$this->l->t('No TURN server offers TLS, so relayed calls may leave the network without transport encryption.'),
				$evidence,
				Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), $this->l->t('A TURN server with the scheme "turns:" (Talk settings → TURN servers)')),
			);
		}
		return CriterionResult::holds($this->l->t('The server is reached over HTTPS.'), $evidence);
	}

	private function fixAddress(): Fix {
		return Fix::link($this->links->section('overview'), $this->l->t('Open the admin overview'), "'overwriteprotocol' => 'https', 'overwrite.cli.url' => 'https://…' (config/config.php)");
	}
}
