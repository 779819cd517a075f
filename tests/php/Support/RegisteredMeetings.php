<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCP\AppFramework\Db\DoesNotExistException;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

/**
 * A registry holding one safe meeting, as the mapper returns it.
 */
final class RegisteredMeetings {
	/**
	 * @param \Closure(): array $plan read on every lookup, so a test may change the plan after setUp
	 */
	public static function mapper(TestCase $test, string $token, \Closure $plan): MeetingMapper&MockObject {
		$mapper = $test->getMockBuilder(MeetingMapper::class)->disableOriginalConstructor()->getMock();
		$mapper->method('findByToken')->willReturnCallback(static function (string $asked) use ($token, $plan): Meeting {
			if ($asked !== $token) {
				throw new DoesNotExistException('');
			}
			$meeting = new Meeting();
			$meeting->setToken($asked);
			$meeting->setPlan(json_encode($plan()));
			return $meeting;
		});
		return $mapper;
	}
}
