<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\Modification;
use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\ARoomModifiedEvent;
use PHPUnit\Framework\TestCase;

/**
 * The guard's verdicts (property × plan × values × who asked) are the shared fixtures in
 * tests/fixtures/policy/modifications.json, run against this class by SharedFixturesTest and against
 * the TypeScript twin by Vitest. Here: the property names are Talk's own.
 */
class ModificationGuardTest extends TestCase {
	public function testPropertyNamesAreTalks(): void {
		$this->assertSame([
			ARoomModifiedEvent::PROPERTY_PASSWORD,
			ARoomModifiedEvent::PROPERTY_LISTABLE,
			ARoomModifiedEvent::PROPERTY_LOBBY,
			ARoomModifiedEvent::PROPERTY_MESSAGE_EXPIRATION,
			ARoomModifiedEvent::PROPERTY_SIP_ENABLED,
			ARoomModifiedEvent::PROPERTY_RECORDING_CONSENT,
			ARoomModifiedEvent::PROPERTY_TYPE,
			ARoomModifiedEvent::PROPERTY_DESCRIPTION,
			ARoomModifiedEvent::PROPERTY_DEFAULT_PERMISSIONS,
			ARoomModifiedEvent::PROPERTY_BREAKOUT_ROOM_MODE,
		], Modification::GUARDED);
		$this->assertSame(AParticipantModifiedEvent::PROPERTY_PERMISSIONS, Modification::ATTENDEE_PERMISSIONS);
	}
}
