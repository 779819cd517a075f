<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Policy\PolicyValidator;
use OCA\SafeMeeting\Policy\Settings;
use PHPUnit\Framework\TestCase;

/**
 * Where PHP's JSON values differ from JavaScript's, the engine must still judge like the TS twin.
 */
class JsonTest extends TestCase {
	public function testIntegralFloatsFromJsonAreTheSameNumbersAsInJavaScript(): void {
		// JSON.parse('16.0') is 16 in JS; json_decode gives float(16).
		$policy = json_decode(str_replace(['"default":16,', '"default":604800,'], ['"default":16.0,', '"default":604800.0,'], json_encode(DefaultPolicy::get())), true);
		$this->assertIsFloat($policy['settings']['passwordMinLength']['default']);
		$this->assertIsFloat($policy['settings']['chatExpiry']['default']);

		$this->assertSame([], (new PolicyValidator())->validate($policy));
		$this->assertNull(Settings::checkValue(DefaultPolicy::get()['settings'], 'chatExpiry', 86400.0));
		$this->assertSame('invalid', Settings::checkValue(DefaultPolicy::get()['settings'], 'chatExpiry', '86400')['code']);
		$this->assertSame(['code' => 'not-whole', 'params' => ['min' => 12, 'max' => 128]], Settings::checkValue(DefaultPolicy::get()['settings'], 'passwordMinLength', 16.5));
	}

	public function testNumbersBeyondPhpIntegersAreOutOfRangeAndNeverWrapped(): void {
		// json_decode turns 1e19 and 1e300 into floats; (int) would make them negative or 0.
		$big = json_decode('{"a":10000000000000000000,"b":1e300,"c":9007199254740993}', true);
		$this->assertFalse(Json::isInteger($big['a']));
		$this->assertFalse(Json::isInteger($big['b']));
		$this->assertTrue(Json::isInteger($big['c']));
		$this->assertSame('out-of-range', Settings::checkWholeNumber($big['a'], 0, PHP_INT_MAX)['code']);
		$this->assertSame('out-of-range', Settings::checkValue(DefaultPolicy::get()['settings'], 'fileRetentionDays', $big['b'])['code']);
		$this->assertSame('{"a":1.0e+19}', Json::encode(['a' => $big['a']]));
	}

	public function testBooleansAreNotNumbers(): void {
		$this->assertFalse(Json::same(true, 1));
		$this->assertFalse(Json::includes([0, 3600], false));
		$this->assertTrue(Json::same(3600, 3600.0));
	}

	public function testEmptyObjectAndEmptyListAreBothAccepted(): void {
		$this->assertTrue(Json::isRecord([]));
		$this->assertTrue(Json::isList([]));
		$this->assertFalse(Json::isRecord([1, 2]));
		$this->assertFalse(Json::isList(['a' => 1]));
	}

	public function testEncodesIntegralFloatsLikeJavaScript(): void {
		$this->assertSame('{"a":16,"b":1.5,"c":"x/y"}', Json::encode(['a' => 16.0, 'b' => 1.5, 'c' => 'x/y']));
	}
}
