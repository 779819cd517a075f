<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\TransportEncryptionCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class TransportEncryptionCriterionTest extends CriterionTestCase {
	private function criterion(): TransportEncryptionCriterion {
		return new TransportEncryptionCriterion($this->reader(), $this->links(), $this->l);
	}

	public function testHoldsForAnHttpsAddressAndTurnWithTls(): void {
		$this->system['overwrite.cli.url'] = 'https://cloud.example.org';
		$this->appConfig->setMixed('spreed', 'turn_servers', '[{"schemes":"turn,turns","server":"turn.example.org:443","secret":"s","protocols":"udp,tcp"}]');

		$result = $this->criterion()->evaluate();

		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('1 / 1', self::evidence($result)['spreed.turn_servers']);
		$this->assertStringNotContainsString('"s"', json_encode(self::evidence($result)), 'the TURN secret is never shown');
	}

	public function testTheAnnouncedProtocolWinsOverTheAddress(): void {
		$this->system['overwrite.cli.url'] = 'https://cloud.example.org';
		$this->system['overwriteprotocol'] = 'http';
		$this->assertSame(Status::FAILS, $this->criterion()->evaluate()->status);
		$this->system['overwriteprotocol'] = 'https';
		$this->system['overwrite.cli.url'] = 'http://localhost';
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
	}

	public function testFailsForPlainHttp(): void {
		$this->system['overwrite.cli.url'] = 'http://cloud.example.org';
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('/index.php/settings/admin/overview', $result->fix?->url);
	}

	public function testFailsWhenNoTurnServerOffersTls(): void {
		$this->system['overwrite.cli.url'] = 'https://cloud.example.org';
		$this->appConfig->setMixed('spreed', 'turn_servers', '[{"schemes":"turn","server":"turn.example.org:3478"}]');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('/index.php/settings/admin/talk', $result->fix?->url);
	}

	public function testCannotBeReadWithoutAnAddress(): void {
		$this->assertSame(Status::UNREADABLE, $this->criterion()->evaluate()->status);
	}

	public function testCannotBeReadWhenTheTurnListIsNotJson(): void {
		$this->system['overwrite.cli.url'] = 'https://cloud.example.org';
		$this->appConfig->setMixed('spreed', 'turn_servers', '{broken');
		$this->expectExceptionObject(new UnreadableException('spreed.turn_servers'));
		$this->criterion()->evaluate();
	}
}
