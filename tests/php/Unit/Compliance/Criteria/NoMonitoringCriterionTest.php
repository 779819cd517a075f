<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\NoMonitoringCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class NoMonitoringCriterionTest extends CriterionTestCase {
	private function criterion(array|\Throwable $status): NoMonitoringCriterion {
		$profile = $this->createMock(NoMonitoringProfile::class);
		if ($status instanceof \Throwable) {
			$profile->method('status')->willThrowException($status);
		} else {
			$profile->method('status')->willReturn($status + ['enabled' => true, 'users' => 10, 'publicReadReceipts' => 0, 'publicTyping' => 0]);
		}
		return new NoMonitoringCriterion($this->reader(), $profile, $this->links(), $this->l);
	}

	public function testHoldsWithTheProfileReachingEveryoneAndNoAutomaticStatus(): void {
		$result = $this->criterion([])->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('[t] 0 of 10', self::evidence($result)['users.read_status_privacy']);
		$this->assertArrayHasKey('spreed.call_summary', self::evidence($result), 'says honestly what Talk posts');
	}

	public function testFailsWhileTheProfileIsOff(): void {
		$result = $this->criterion(['enabled' => false, 'publicReadReceipts' => 10, 'publicTyping' => 10])->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('/index.php/settings/admin/safe_meeting#safe-meeting-no-monitoring', $result->fix?->url);
	}

	public function testFailsWhileSomeUsersAreStillPublic(): void {
		$result = $this->criterion(['publicTyping' => 2])->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] 2 of 10', self::evidence($result)['users.typing_privacy']);
	}

	public function testFailsWhileNextcloudShowsWhoIsOnline(): void {
		$this->enabledApps[] = 'user_status';
		$result = $this->criterion([])->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('occ app:disable user_status', $result->fix?->setting);
	}

	public function testCannotBeReadWhenTheUsersCannotBeCounted(): void {
		$this->expectExceptionObject(new UnreadableException('users'));
		$this->criterion(new \RuntimeException('database gone'))->evaluate();
	}
}
