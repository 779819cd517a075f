<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Config;

use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Policy\Settings;
use OCP\Config\Lexicon\Entry;
use OCP\Config\Lexicon\Preset;
use OCP\Config\ValueType;
use OCP\IAppConfig;
use PHPUnit\Framework\TestCase;

class LexiconTest extends TestCase {
	public function testDeclaresOneLazyStringKeyPerSettingPlusNoticeGroupRulesAndTheMigrationReport(): void {
		$entries = array_values(array_filter((new Lexicon())->getAppConfigs(), static fn (Entry $e): bool => !in_array($e->getKey(), [Lexicon::RECEIPT_RETENTION_DAYS, Lexicon::RETENTION_PROGRESS, ...Lexicon::COMPLIANCE_KEYS], true)));
		$keys = array_map(static fn (Entry $e): string => $e->getKey(), $entries);

		$this->assertSame([
			'guest_access', 'password_min_length', 'lobby', 'auto_lock', 'auto_lock_minutes', 'recording',
			'sip_dial_in', 'chat_expiry', 'file_retention_days', 'meeting_retention_days', 'bots', 'guest_window_minutes',
			'require_privacy_notice', 'privacy_notice', 'group_rules', 'bot_secret', 'policy_migration',
		], $keys);
		foreach ($entries as $entry) {
			$this->assertTrue($entry->isLazy(), $entry->getKey());
			$this->assertSame(ValueType::STRING, $entry->getValueType(), $entry->getKey());
		}
		$this->assertSame([], (new Lexicon())->getUserConfigs());
	}

	public function testDeclaresTheComplianceCentresKeysLazily(): void {
		$entries = array_values(array_filter((new Lexicon())->getAppConfigs(), static fn (Entry $e): bool => in_array($e->getKey(), Lexicon::COMPLIANCE_KEYS, true)));
		$this->assertSame([Lexicon::NO_MONITORING, Lexicon::RECORD_CONTROLLER], array_map(static fn (Entry $e): string => $e->getKey(), $entries));
		$this->assertSame([ValueType::BOOL, ValueType::STRING], array_map(static fn (Entry $e): ValueType => $e->getValueType(), $entries));
		$this->assertSame([true, true], array_map(static fn (Entry $e): bool => $e->isLazy(), $entries));
	}

	public function testTheDefaultsAreTheBuiltInSafePolicy(): void {
		$policy = DefaultPolicy::get();
		$defaults = [];
		foreach ((new Lexicon())->getAppConfigs() as $entry) {
			$defaults[$entry->getKey()] = json_decode((string)$entry->getDefault(Preset::NONE), true);
		}
		foreach (Settings::keys() as $setting) {
			$this->assertSame($policy['settings'][$setting], $defaults[Lexicon::settingKey($setting)], $setting);
		}
		$this->assertSame($policy['privacyNotice'], $defaults['privacy_notice']);
		$this->assertSame([], $defaults['group_rules']);
	}

	public function testTheBotSecretIsSensitiveAndGeneratedLater(): void {
		$entries = (new Lexicon())->getAppConfigs();
		$secret = $entries[array_search('bot_secret', array_map(static fn (Entry $e): string => $e->getKey(), $entries), true)];

		$this->assertSame('', $secret->getDefault(Preset::NONE));
		$this->assertTrue($secret->isFlagged(IAppConfig::FLAG_SENSITIVE));
	}

	public function testDeclaresTheRetentionKeys(): void {
		$entries = [];
		foreach ((new Lexicon())->getAppConfigs() as $entry) {
			$entries[$entry->getKey()] = $entry;
		}
		$days = $entries['receipt_retention_days'];
		$this->assertSame(ValueType::INT, $days->getValueType());
		$this->assertSame('365', $days->getDefault(Preset::NONE));
		$this->assertTrue($days->isLazy());
		$progress = $entries['retention_progress'];
		$this->assertSame(ValueType::STRING, $progress->getValueType());
		$this->assertSame('{}', $progress->getDefault(Preset::NONE));
		$this->assertTrue($progress->isLazy(), 'only the job reads it');
	}
}
