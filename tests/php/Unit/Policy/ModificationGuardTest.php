<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\GuardVerdict;
use OCA\SafeMeeting\Policy\Modification;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\Talk\Events\ARoomModifiedEvent;
use PHPUnit\Framework\TestCase;

/**
 * Property × plan × values → allowed, refused (with the finding code) or, on background paths, logged.
 */
class ModificationGuardTest extends TestCase {
	private const START = 1893456000; // start of every fixture plan
	private const BEFORE = self::START - 3600;
	private const AFTER = self::START + 60;

	/** The fixture plans, plus variants for settings no fixture has. */
	private static function plan(string $name): array {
		$plan = match ($name) {
			'moderated' => Plans::named('accepted: guest link with password'),
			'no-guests' => Plans::named('accepted: no guests'),
			'until-start' => Plans::named('accepted: lobby until start'),
			'notice-url' => Plans::named('accepted: notice with URL'),
			'sip-allowed', 'chat-never' => Plans::accepted(),
		};
		if ($name === 'sip-allowed') {
			$plan['settings']['sipDialIn'] = 'allowed';
			$plan['talk']['sipEnabled'] = 1;
		}
		if ($name === 'chat-never') {
			$plan['settings']['chatExpiry'] = 0;
			$plan['talk']['messageExpiration'] = 0;
		}
		return $plan;
	}

	/**
	 * Changes asked for by a participant through Talk's API.
	 * @return array<string, array{0: string, 1: string, 2: string|int|null, 3: string|int|null, 4: ?int, 5: int, 6: ?string}>
	 *   plan, property, new, old, lobby timer, now, expected veto code (null = allowed)
	 */
	public static function userChanges(): array {
		$notice = Plans::accepted()['privacyNotice']['text'];
		return [
			'password removed' => ['moderated', 'password', '', null, null, self::BEFORE, 'password'],
			'password changed' => ['moderated', 'password', 'another long secret', null, null, self::BEFORE, null],
			'listed for users' => ['moderated', 'listable', 1, 0, null, self::BEFORE, 'listable'],
			'listed for everyone' => ['no-guests', 'listable', 2, 0, null, self::BEFORE, 'listable'],
			'unlisted' => ['moderated', 'listable', 0, 1, null, self::BEFORE, null],
			'lobby off, moderated' => ['moderated', 'lobby', 0, 1, null, self::AFTER, 'lobby'],
			'lobby off before the start, until-start' => ['until-start', 'lobby', 0, 1, null, self::BEFORE, 'lobby'],
			'lobby off at the start, until-start' => ['until-start', 'lobby', 0, 1, null, self::START, null],
			'lobby re-saved off after it opened' => ['moderated', 'lobby', 0, 0, null, self::AFTER, null],
			'lobby on without timer' => ['moderated', 'lobby', 1, 0, null, self::BEFORE, null],
			'open lobby closed again with a timer' => ['moderated', 'lobby', 1, 0, self::START + 3600, self::AFTER, null],
			'lobby timer on a moderated plan' => ['moderated', 'lobby', 1, 1, self::START + 3600, self::BEFORE, 'lobby-timer'],
			'lobby timer before the start' => ['until-start', 'lobby', 1, 1, self::START - 1, self::BEFORE, 'lobby-timer'],
			'lobby timer at the start' => ['until-start', 'lobby', 1, 1, self::START, self::BEFORE, null],
			'lobby timer later than the start' => ['until-start', 'lobby', 1, 1, self::START + 600, self::BEFORE, null],
			'lobby timer removed, until-start' => ['until-start', 'lobby', 1, 1, null, self::BEFORE, null],
			'chat never expires' => ['moderated', 'messageExpiration', 0, 604800, null, self::BEFORE, 'chat-expiry'],
			'chat expires later' => ['moderated', 'messageExpiration', 2419200, 604800, null, self::BEFORE, 'chat-expiry'],
			'chat expires sooner' => ['moderated', 'messageExpiration', 3600, 604800, null, self::BEFORE, null],
			'chat expiry unchanged' => ['moderated', 'messageExpiration', 604800, 604800, null, self::BEFORE, null],
			'chat expiry off, plan never expires' => ['chat-never', 'messageExpiration', 0, 3600, null, self::BEFORE, null],
			'dial-in on, plan off' => ['moderated', 'sipEnabled', 1, 0, null, self::BEFORE, 'sip'],
			'dial-in without PIN, plan off' => ['moderated', 'sipEnabled', 2, 0, null, self::BEFORE, 'sip'],
			'dial-in on, plan allows' => ['sip-allowed', 'sipEnabled', 1, 0, null, self::BEFORE, null],
			'dial-in without PIN, plan allows with PIN' => ['sip-allowed', 'sipEnabled', 2, 1, null, self::BEFORE, 'sip'],
			'dial-in off' => ['sip-allowed', 'sipEnabled', 0, 1, null, self::BEFORE, null],
			'recording consent off' => ['moderated', 'recordingConsent', 0, 1, null, self::BEFORE, 'recording-consent'],
			'recording consent on' => ['moderated', 'recordingConsent', 1, 0, null, self::BEFORE, null],
			'made public, no guests' => ['no-guests', 'type', 3, 2, null, self::BEFORE, 'room-type'],
			'made private, guests with password' => ['moderated', 'type', 2, 3, null, self::BEFORE, null],
			'made public, guests with password' => ['moderated', 'type', 3, 2, null, self::BEFORE, null],
			'description without the notice' => ['moderated', 'description', 'Quarterly figures', 'x', null, self::BEFORE, 'privacy-notice'],
			'description empty' => ['moderated', 'description', '', 'x', null, self::BEFORE, 'privacy-notice'],
			'description edited, notice kept' => ['moderated', 'description', "New agenda\n\n---\n" . $notice, 'x', null, self::BEFORE, null],
			'description keeps the text but drops the URL' => ['notice-url', 'description', "Agenda\n\n---\n" . $notice, 'x', null, self::BEFORE, 'privacy-notice'],
			'unguarded property' => ['moderated', 'name', 'Renamed', 'Board meeting', null, self::BEFORE, null],
		];
	}

	/** @dataProvider userChanges */
	public function testJudgesAChangeAskedForByAParticipant(string $plan, string $property, string|int|null $new, string|int|null $old, ?int $timer, int $now, ?string $code): void {
		$verdict = (new ModificationGuard())->judge(self::plan($plan), new Modification('abcd1234', $property, $new, $old, $timer, false, true), $now);

		$this->assertSame($code === null ? GuardVerdict::ALLOW : GuardVerdict::VETO, $verdict->action);
		$this->assertSame($code ?? '', $verdict->code);
		$this->assertSame($code === null ? '' : $property, $verdict->property);
	}

	/** @dataProvider userChanges */
	public function testNeverRefusesWithoutAParticipantButLogsWhatWouldHaveBeenRefused(string $plan, string $property, string|int|null $new, string|int|null $old, ?int $timer, int $now, ?string $code): void {
		$verdict = (new ModificationGuard())->judge(self::plan($plan), new Modification('abcd1234', $property, $new, $old, $timer, false, false), $now);

		$this->assertSame($code === null ? GuardVerdict::ALLOW : GuardVerdict::WARN, $verdict->action);
		$this->assertSame($code ?? '', $verdict->code);
	}

	public function testTheLobbyTimerOpensAnUntilStartLobbySilently(): void {
		$verdict = (new ModificationGuard())->judge(self::plan('until-start'), new Modification('abcd1234', 'lobby', 0, 1, null, true, true), self::START);

		$this->assertSame(GuardVerdict::ALLOW, $verdict->action);
	}

	public function testALobbyTimerFiringBeforeAnUntilStartMeetingStartsIsLogged(): void {
		// Only possible with a timer set outside Talk's API (refused there); logged, since timers must never fail.
		$verdict = (new ModificationGuard())->judge(self::plan('until-start'), new Modification('abcd1234', 'lobby', 0, 1, null, true, true), self::BEFORE);

		$this->assertSame(GuardVerdict::WARN, $verdict->action);
		$this->assertSame('lobby', $verdict->code);
	}

	public function testTheLobbyTimerOpeningAModeratedLobbyIsLoggedNeverRefusedEvenInsideATalkRequest(): void {
		// The timer fires while *reading* the room, possibly in any participant's request: refusing would break the read.
		$verdict = (new ModificationGuard())->judge(self::plan('moderated'), new Modification('abcd1234', 'lobby', 0, 1, null, true, true), self::BEFORE);

		$this->assertSame(GuardVerdict::WARN, $verdict->action);
		$this->assertSame('lobby', $verdict->code);
	}

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
		], Modification::GUARDED);
	}
}
