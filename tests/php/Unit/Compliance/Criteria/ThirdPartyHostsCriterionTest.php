<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\ThirdPartyHostsCriterion;
use OCA\SafeMeeting\Compliance\ExternalHosts;
use OCA\SafeMeeting\Compliance\Providers;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class ThirdPartyHostsCriterionTest extends CriterionTestCase {
	private function criterion(): ThirdPartyHostsCriterion {
		$reader = $this->reader();
		return new ThirdPartyHostsCriterion($reader, new Providers(new ExternalHosts($reader), $this->attestations()), $this->attestations(), $this->names(), $this->links(), $this->l);
	}

	private function classify(string $host, string $role, string $reviewDue = '2027-12-01'): void {
		$this->assertSame([], $this->attestations()->attest(['item' => 'host', 'subject' => $host, 'role' => $role, 'transfer' => 'eu', 'documentRef' => "AVV $host", 'reviewDue' => $reviewDue], 'admin'));
	}

	public function testFailsWithTalksDefaultStunServerUntilItsProviderIsClassified(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] not classified: a third party unless you attest otherwise', self::evidence($result)['host.stun.nextcloud.com']);
		$this->assertSame('/index.php/settings/admin/safe_meeting#safe-meeting-evidence', $result->fix?->url);

		$this->classify('stun.nextcloud.com', 'processor');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('[t] processor: [t] AVV stun.nextcloud.com, attested by admin on 2026-12-01; [t] next review 2027-12-01', self::evidence($result)['host.stun.nextcloud.com']);
	}

	public function testHoldsWhenTalkUsesOnlyTheServerItselfOrOwnServers(): void {
		$this->appConfig->setMixed('spreed', 'stun_servers', '[]');
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
		$this->appConfig->setMixed('spreed', 'turn_servers', '[{"schemes":"turns","server":"turn.example.org:443"}]');
		$this->classify('turn.example.org', 'own');
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
	}

	public function testAProcessorAgreementDueForReviewIsAFindingAgain(): void {
		$this->classify('stun.nextcloud.com', 'processor', '2026-12-05');
		$this->now += 10 * 86400;
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertStringContainsString('review overdue since 2026-12-05', self::evidence($result)['host.stun.nextcloud.com']);
	}

	public function testCannotBeReadWhenTalksServerListIsBroken(): void {
		$this->appConfig->setMixed('spreed', 'stun_servers', 'stun.example.org');
		$this->expectExceptionObject(new UnreadableException('spreed.stun_servers'));
		$this->criterion()->evaluate();
	}
}
