<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Policy\Modification;
use OCA\SafeMeeting\Policy\PlanShape;
use OCA\SafeMeeting\Policy\RecordingRule;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\Violation;
use OCA\SafeMeeting\Tests\Support\Plans;
use PHPUnit\Framework\TestCase;

/**
 * Registration needs every setting; plans registered before a setting existed are still read.
 */
class PlanShapeTest extends TestCase {
	private static function fields(array $violations): array {
		return array_map(static fn (Violation $v): string => "$v->field: $v->code", $violations);
	}

	public function testANewPlanMustCarryEverySettingIncludingTheNewOnes(): void {
		$plan = Plans::accepted();
		unset($plan['settings']['bots'], $plan['settings']['guestWindowMinutes'], $plan['settings']['requirePrivacyNotice']);

		$this->assertSame(['settings.bots: required', 'settings.guestWindowMinutes: required', 'settings.requirePrivacyNotice: required'], self::fields((new PlanShape())->check($plan)));
	}

	public function testAnEmptyNumberReachesTheValidatorWhichNamesTheBounds(): void {
		$plan = Plans::accepted();
		$plan['settings']['guestWindowMinutes'] = null;

		$this->assertSame([], (new PlanShape())->check($plan));
	}

	public function testNumbersBeyondPhpIntegersAreLeftAsFloatsNotWrapped(): void {
		$plan = Plans::accepted();
		$plan['start'] = 1.0E19;
		$plan['end'] = 1893459600.0;

		$this->assertSame([], (new PlanShape())->check($plan));
		$this->assertSame(1.0E19, $plan['start']);
		$this->assertSame(1893459600, $plan['end']);
	}

	public function testAPlanRegisteredBeforeTheNewSettingsIsStillCheckedAndGuarded(): void {
		$plan = Plans::accepted();
		unset($plan['settings']['bots'], $plan['settings']['guestWindowMinutes'], $plan['settings']['requirePrivacyNotice']);
		$room = Plans::matchingRoom($plan)->toCheckable();

		$this->assertSame([], (new RoomChecker())->check($plan, $room, 1893452400));
		$this->assertTrue(RecordingRule::blocksRecording($plan));
		$verdict = (new ModificationGuard())->judge($plan, new Modification('abcd1234', Modification::PASSWORD, 'short', null, null, false, true), 1893452400);
		$this->assertTrue($verdict->vetoes());
	}
}
