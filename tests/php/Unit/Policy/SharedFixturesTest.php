<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\EffectivePolicyBuilder;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Policy\Modification;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Policy\PlanShape;
use OCA\SafeMeeting\Policy\PlanValidator;
use OCA\SafeMeeting\Policy\PolicyMigration;
use OCA\SafeMeeting\Policy\PolicyValidator;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\Violation;
use PHPUnit\Framework\TestCase;

/**
 * Runs tests/fixtures/policy/*.json, which the TypeScript engine runs too: both must give the same verdicts.
 */
class SharedFixturesTest extends TestCase {
	private const DIR = __DIR__ . '/../../../fixtures/policy/';

	private static function load(string $file): array {
		$cases = json_decode((string)file_get_contents(self::DIR . $file), true, 512, JSON_THROW_ON_ERROR);
		$named = [];
		foreach ($cases as $case) {
			$named[$case['name']] = [$case];
		}
		return $named;
	}

	/**
	 * Field, code and the message parameters (bounds, limits), so both runtimes must name the same bounds too.
	 * @param list<Violation> $violations
	 */
	private static function codes(array $violations): array {
		return self::verdict(array_map(static fn (Violation $v): array => ['field' => $v->field, 'code' => $v->code, 'params' => $v->params], $violations));
	}

	private static function expectedCodes(array $violations): array {
		return self::verdict($violations);
	}

	private static function verdict(array $violations): array {
		$codes = array_map(static function (array $v): string {
			$params = $v['params'] ?? [];
			ksort($params);
			return "{$v['field']}: {$v['code']}: " . Json::encode((object)$params);
		}, $violations);
		sort($codes);
		return $codes;
	}

	public function policyCases(): array {
		return self::load('policies.json');
	}

	/** @dataProvider policyCases */
	public function testPolicyValidatorGivesTheSameVerdictAsTypeScript(array $case): void {
		$this->assertSame(self::expectedCodes($case['violations']), self::codes((new PolicyValidator())->validate($case['policy'])));
	}

	public function effectiveCases(): array {
		return self::load('effective.json');
	}

	/** @dataProvider effectiveCases */
	public function testEffectivePolicyIsTheSameAsTypeScript(array $case): void {
		$this->assertSame([], (new PolicyValidator())->validate($case['policy']), 'fixture policy must be valid');
		$effective = (new EffectivePolicyBuilder())->build($case['policy'], $case['groups']);
		$this->assertSame($case['expected']['appliedGroups'], $effective['appliedGroups']);
		// Same JSON as TS, key order included.
		$this->assertSame(json_encode($case['expected']['settings']), json_encode($effective['settings']));
		$this->assertSame($case['policy']['privacyNotice'], $effective['privacyNotice']);
	}

	public function planCases(): array {
		return self::load('plans.json');
	}

	/** @dataProvider planCases */
	public function testPlanValidatorGivesTheSameVerdictAsTypeScript(array $case): void {
		$plan = $case['plan'];
		$this->assertSame([], self::codes((new PlanShape())->check($plan)), 'fixture plan must have the right shape');
		$this->assertSame(self::expectedCodes($case['violations']), self::codes((new PlanValidator())->validate($case['policy'], $plan, $case['now'], $case['password'])));
	}

	public function migrationCases(): array {
		return self::load('migrations.json');
	}

	/** @dataProvider migrationCases */
	public function testPolicyMigrationReadsOldPoliciesLikeTypeScript(array $case): void {
		$result = (new PolicyMigration())->migrate($case['stored']);
		$this->assertSame(Json::encode($case['expected']['policy']), Json::encode($result['policy']));
		$changes = array_map(static fn (array $c): array => ['group' => $c['group'], 'setting' => $c['setting'], 'narrowed' => $c['narrowed']], $result['changes']);
		$this->assertSame($case['expected']['changes'], $changes);
	}

	public function roomCases(): array {
		return self::load('rooms.json');
	}

	/** @dataProvider roomCases */
	public function testRoomCheckerFindsTheSameAsTypeScript(array $case): void {
		$codes = array_column((new RoomChecker())->check($case['plan'], $case['room'], $case['now']), 'code');
		sort($codes);
		$this->assertSame($case['findings'], $codes);
	}

	public function modificationCases(): array {
		return self::load('modifications.json');
	}

	/**
	 * @dataProvider modificationCases
	 */
	public function testModificationGuardJudgesLikeTypeScript(array $case): void {
		$c = $case['change'];
		$change = new Modification('abcd1234', $c['property'], $c['newValue'], $c['oldValue'], $c['lobbyTimer'], $c['timerReached'], $c['byUser'], $c['inheritedPermissions'] ?? null);
		$verdict = (new ModificationGuard())->judge($case['plan'], $change, $case['now']);
		$this->assertSame($case['verdict'], ['action' => $verdict->action, 'code' => $verdict->code]);
	}
}
