<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\BackgroundJob;

use OCA\SafeMeeting\BackgroundJob\RestorePlansJob;
use OCA\SafeMeeting\Service\PlanRestorer;
use OCP\AppFramework\Utility\ITimeFactory;
use PHPUnit\Framework\TestCase;

class RestorePlansJobTest extends TestCase {
	public function testRunsEveryQuarterHourWhenCronHasTime(): void {
		$job = new RestorePlansJob($this->createMock(ITimeFactory::class), $this->createMock(PlanRestorer::class));

		$this->assertSame(15 * 60, $job->getInterval());
		$this->assertFalse($job->isTimeSensitive());
	}

	public function testARunRestoresThePlans(): void {
		$restorer = $this->createMock(PlanRestorer::class);
		$restorer->expects($this->once())->method('restoreAll');
		$job = new RestorePlansJob($this->createMock(ITimeFactory::class), $restorer);

		// What Nextcloud's job runner calls once the interval passed (start() also needs the server).
		(new \ReflectionMethod($job, 'run'))->invoke($job, null);
	}
}
