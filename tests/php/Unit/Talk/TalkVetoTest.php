<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Policy\GuardVerdict;
use OCA\SafeMeeting\Talk\TalkVeto;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\Talk\Exceptions\ForbiddenException;
use OCA\Talk\Exceptions\RoomProperty\DescriptionException;
use OCA\Talk\Exceptions\RoomProperty\ListableException;
use OCA\Talk\Exceptions\RoomProperty\LobbyException;
use OCA\Talk\Exceptions\RoomProperty\MessageExpirationException;
use OCA\Talk\Exceptions\RoomProperty\PasswordException;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCA\Talk\Exceptions\RoomProperty\SipConfigurationException;
use OCA\Talk\Exceptions\RoomProperty\TypeException;
use PHPUnit\Framework\TestCase;

/**
 * Each refusal uses the exception Talk 22's RoomController catches for that endpoint (400 `{error: "value"}`).
 */
class TalkVetoTest extends TestCase {
	public static function properties(): array {
		return [
			'password' => ['password', PasswordException::class],
			'listable' => ['listable', ListableException::class],
			'lobby' => ['lobby', LobbyException::class],
			'messageExpiration' => ['messageExpiration', MessageExpirationException::class],
			'sipEnabled' => ['sipEnabled', SipConfigurationException::class],
			'recordingConsent' => ['recordingConsent', RecordingConsentException::class],
			'type' => ['type', TypeException::class],
			'description' => ['description', DescriptionException::class],
		];
	}

	/** @dataProvider properties */
	public function testRefusesWithTalksExceptionForTheEndpointAndReasonValue(string $property, string $class): void {
		try {
			(new TalkVeto(new FakeL10N()))->veto(GuardVerdict::veto($property, 'some-code'));
			$this->fail('no exception');
		} catch (\Exception $e) {
			$this->assertSame($class, $e::class);
			$this->assertSame('value', $e->getReason());
		}
	}

	public function testThePasswordRefusalCarriesATranslatedHintForTheClient(): void {
		try {
			(new TalkVeto(new FakeL10N()))->veto(GuardVerdict::veto('password', 'password'));
			$this->fail('no exception');
		} catch (PasswordException $e) {
			$this->assertSame('[t] This safe meeting must keep its password.', $e->getHint());
		}
	}

	public function testAnyOtherPropertyIsForbidden(): void {
		$this->expectException(ForbiddenException::class);

		(new TalkVeto(new FakeL10N()))->veto(GuardVerdict::veto('readOnly', 'x'));
	}
}
