<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance;

use OCA\SafeMeeting\Compliance\ExternalHosts;

class ExternalHostsTest extends CriterionTestCase {
	public function testTalksDefaultStunServerIsAThirdParty(): void {
		$this->assertSame(['stun.nextcloud.com' => ['stun']], (new ExternalHosts($this->reader()))->list());
	}

	public function testListsEveryHostOnceWithItsUsesAndLeavesOutTheServerItself(): void {
		$this->system['trusted_domains'] = ['cloud.example.org'];
		$this->appConfig->setMixed('spreed', 'signaling_servers', '{"servers":[{"server":"wss://hpb.provider.eu/standalone-signaling","verify":true}],"secret":"s3cret"}');
		$this->appConfig->setMixed('spreed', 'recording_servers', '{"servers":[{"server":"https://HPB.provider.eu:8443"}],"secret":"s3cret"}');
		$this->appConfig->setMixed('spreed', 'turn_servers', '[{"schemes":"turns","server":"turn.provider.eu:443","secret":"s","protocols":"tcp"},{"schemes":"turn","server":"cloud.example.org:3478"}]');
		$this->appConfig->setMixed('spreed', 'stun_servers', '["[2001:db8::1]:3478","cloud.example.org:3478"]');

		$this->assertSame([
			'2001:db8::1' => ['stun'],
			'hpb.provider.eu' => ['signaling', 'recording'],
			'turn.provider.eu' => ['turn'],
		], (new ExternalHosts($this->reader()))->list());
	}

	public function testAnEmptyStunListMeansNoStunServer(): void {
		$this->appConfig->setMixed('spreed', 'stun_servers', '[]');
		$this->assertSame([], (new ExternalHosts($this->reader()))->list());
	}
}
