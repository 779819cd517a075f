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
use OCP\BackgroundJob\IJobList;
use PHPUnit\Framework\TestCase;

class RestorePlansJobTest extends TestCase {
	public function testRunsTheRestorerEveryQuarterHourWhenCronHasTime(): void {
		$restorer = $this->createMock(PlanRestorer::class);
		$restorer->expects($this->once())->method('restoreAll');
		$job = new RestorePlansJob($this->createMock(ITimeFactory::class), $restorer);

		$job->start($this->createMock(IJobList::class));

		$this->assertSame(15 * 60, $job->getInterval());
		$this->assertFalse($job->isTimeSensitive());
	}
}
