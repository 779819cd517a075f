<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\ThirdCountryCriterion;
use OCA\SafeMeeting\Compliance\ExternalHosts;
use OCA\SafeMeeting\Compliance\Providers;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class ThirdCountryCriterionTest extends CriterionTestCase {
	private function criterion(): ThirdCountryCriterion {
		$reader = $this->reader();
		return new ThirdCountryCriterion($reader, new Providers(new ExternalHosts($reader), $this->attestations()), $this->links(), $this->l);
	}

	private function classifyStun(string $transfer): void {
		$this->assertSame([], $this->attestations()->attest(['item' => 'host', 'subject' => 'stun.nextcloud.com', 'role' => 'processor', 'transfer' => $transfer, 'documentRef' => 'AVV', 'reviewDue' => '2027-12-01'], 'admin'));
	}

	public function testHoldsWhenEveryProviderHasATransferBasisAndNothingElseLeaves(): void {
		$this->classifyStun('scc');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('[t] third country, standard contractual clauses', self::evidence($result)['host.stun.nextcloud.com']);
		$this->assertSame('[t] off', self::evidence($result)['spreed.federation_enabled']);
	}

	public function testAProviderWithoutAKnownBasisIsAFinding(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] unknown', self::evidence($result)['host.stun.nextcloud.com']);
		$this->assertSame('/index.php/settings/admin/safe_meeting#safe-meeting-evidence', $result->fix?->url);
	}

	public function testFederationWithAnyServerBridgesAndCloudAiAreFindings(): void {
		$this->classifyStun('eu');
		$this->appConfig->setMixed('spreed', 'federation_enabled', 'yes');
		$this->appConfig->setMixed('spreed', 'enable_matterbridge', '1');
		$this->enabledApps[] = 'integration_openai';
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] Federation reaches any server. [t] Bridges may copy chats to other services. [t] External AI or translation services may receive texts.', $result->summary);
		$this->assertSame('integration_openai', self::evidence($result)['apps.ai']);
		$this->assertSame('/index.php/settings/admin/talk', $result->fix?->url);

		$this->appConfig->setMixed('spreed', 'federation_only_trusted_servers', '1');
		$this->appConfig->setMixed('spreed', 'enable_matterbridge', '0');
		$this->enabledApps = ['spreed'];
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
	}

	public function testCannotBeReadWithoutTalk(): void {
		$this->enabledApps = [];
		$this->expectExceptionObject(new UnreadableException('apps.spreed'));
		$this->criterion()->evaluate();
	}
}
