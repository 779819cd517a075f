<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\InformationDutyCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class InformationDutyCriterionTest extends CriterionTestCase {
	private function criterion(?array $policy = null): InformationDutyCriterion {
		return new InformationDutyCriterion($this->reader(), $this->policyService($policy ?? DefaultPolicy::get()), $this->links(), $this->l);
	}

	private function linkLegalPages(): void {
		$this->appConfig->setMixed('theming', 'privacyUrl', 'https://example.org/privacy');
		$this->appConfig->setMixed('theming', 'imprintUrl', 'https://example.org/imprint');
	}

	public function testHoldsWithLegalLinksAndAVersionedNotice(): void {
		$this->linkLegalPages();
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('1', self::evidence($result)['policy.privacyNotice.version']);
		$this->assertSame('[t] no', self::evidence($result)['policy.settings.requirePrivacyNotice'], 'a policy without the setting counts as optional');
	}

	public function testShowsARequiredNoticeFromAPolicyThatHasTheSetting(): void {
		$this->linkLegalPages();
		$policy = DefaultPolicy::get();
		$policy['settings']['requirePrivacyNotice'] = ['default' => 'required', 'locked' => true];
		$this->assertSame('[t] yes', self::evidence($this->criterion($policy)->evaluate())['policy.settings.requirePrivacyNotice']);
	}

	public function testFailsWithoutTheLegalLinks(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('/index.php/settings/admin/theming', $result->fix?->url);
	}

	public function testFailsWithoutANoticeText(): void {
		$this->linkLegalPages();
		$policy = DefaultPolicy::get();
		$policy['privacyNotice']['text'] = '';
		$result = $this->criterion($policy)->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('/index.php/settings/admin/safe_meeting', $result->fix?->url);
	}

	public function testCannotBeReadWhenThemingCannotBeRead(): void {
		$this->appConfig = new class extends InMemoryAppConfig {
			public function getDetails(string $app, string $key): array {
				throw new \RuntimeException('database gone');
			}
		};
		$this->expectExceptionObject(new UnreadableException('theming.privacyUrl'));
		$this->criterion()->evaluate();
	}
}
