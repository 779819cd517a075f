<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criteria\NoTelemetryCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;
use OCP\App\IAppManager;
use OCP\IConfig;

class NoTelemetryCriterionTest extends CriterionTestCase {
	private function criterion(): NoTelemetryCriterion {
		return new NoTelemetryCriterion($this->reader(), $this->links(), $this->l);
	}

	public function testHoldsWithoutTheSurveyClient(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertArrayHasKey('web.externalResources', self::evidence($result), 'says what it cannot read');
	}

	public function testFailsWithTheSurveyClient(): void {
		$this->enabledApps[] = 'survey_client';
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('occ app:disable survey_client', $result->fix?->setting);
	}

	public function testCannotBeReadWhenTheAppListCannotBeRead(): void {
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willThrowException(new \RuntimeException('database gone'));
		$reader = new ConfigReader($this->appConfig, $this->createMock(IConfig::class), $apps);
		$this->expectExceptionObject(new UnreadableException('apps.survey_client'));
		(new NoTelemetryCriterion($reader, $this->links(), $this->l))->evaluate();
	}
}
