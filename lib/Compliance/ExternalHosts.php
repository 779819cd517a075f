<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * Every host in Talk's media and signalling path (compliance.md criterion 1), read from Talk's settings:
 * signalling (High-performance backend), recording, TURN and STUN servers. Talk uses
 * `stun.nextcloud.com:443` when no STUN server is set, which shows every caller's IP address to a third
 * party. Hosts of the server's own trusted domains are the server itself; secrets are never read out.
 */
class ExternalHosts {
	public const DEFAULT_STUN = 'stun.nextcloud.com:443';

	public function __construct(
		private ConfigReader $reader,
	) {
	}

	/**
	 * @return array<string, list<string>> host => what Talk uses it for (`signaling`, `recording`, `turn`, `stun`), hosts of the server itself left out
	 * @throws UnreadableException
	 */
	public function list(): array {
		$hosts = [];
		$add = static function (string $address, string $use) use (&$hosts): void {
			$host = self::hostOf($address);
			if ($host !== '' && !in_array($use, $hosts[$host] ?? [], true)) {
				$hosts[$host][] = $use;
			}
		};
		foreach (['signaling_servers' => 'signaling', 'recording_servers' => 'recording'] as $key => $use) {
			$config = $this->reader->appJson(TalkDefaults::APP, $key, []);
			foreach (is_array($config) && is_array($config['servers'] ?? null) ? $config['servers'] : [] as $server) {
				$add(is_array($server) ? (string)($server['server'] ?? '') : '', $use);
			}
		}
		$turn = $this->reader->appJson(TalkDefaults::APP, 'turn_servers', []);
		foreach (is_array($turn) ? $turn : [] as $server) {
			$add(is_array($server) ? (string)($server['server'] ?? '') : '', 'turn');
		}
		$stun = $this->reader->appJson(TalkDefaults::APP, 'stun_servers', [self::DEFAULT_STUN]);
		foreach (is_array($stun) ? $stun : [] as $server) {
			$add(is_string($server) ? $server : '', 'stun');
		}
		$own = $this->ownHosts();
		$external = array_diff_key($hosts, array_flip($own));
		ksort($external);
		return $external;
	}

	/** @return list<string> the server's own host names (trusted domains and the address occ uses) */
	private function ownHosts(): array {
		$trusted = $this->reader->system('trusted_domains', []);
		$own = array_map(static fn ($domain): string => self::hostOf((string)$domain), is_array($trusted) ? $trusted : []);
		$own[] = self::hostOf((string)$this->reader->system('overwrite.cli.url', ''));
		return array_values(array_filter($own));
	}

	/** `wss://hpb.example.org/standalone-signaling`, `turn.example.org:443`, `[2001:db8::1]:3478` → the host, lower case. */
	public static function hostOf(string $address): string {
		$address = trim($address);
		if ($address === '') {
			return '';
		}
		$host = str_contains($address, '://') ? parse_url($address, PHP_URL_HOST) : parse_url('//' . $address, PHP_URL_HOST);
		return strtolower(trim((string)$host, '[]'));
	}
}
