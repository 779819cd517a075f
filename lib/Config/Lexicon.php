<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Config;

use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Policy\Settings;
use OCP\Config\Lexicon\Entry;
use OCP\Config\Lexicon\ILexicon;
use OCP\Config\Lexicon\Strictness;
use OCP\Config\ValueType;
use OCP\IAppConfig;

/**
 * Owns every app-config key of Safe Meeting and its default (the built-in safe policy).
 * Each policy setting is one lazy key holding the JSON of its rule, so a change is one key
 * and the audit log can say exactly which setting changed.
 */
class Lexicon implements ILexicon {
	public const PRIVACY_NOTICE = 'privacy_notice';
	public const GROUP_RULES = 'group_rules';
	/** Secret Talk keeps for our bot (Talk requires one; an in-process bot never uses it). */
	public const BOT_SECRET = 'bot_secret';
	/** Days a deletion receipt is kept (admin setting). */
	public const RECEIPT_RETENTION_DAYS = 'receipt_retention_days';
	public const RECEIPT_RETENTION_DEFAULT = 365;
	public const RECEIPT_RETENTION_MIN = 1;
	public const RECEIPT_RETENTION_MAX = 3650;
	/** Where the retention job's sweep stands (JSON: cursor, retry); written by the job only. */
	public const RETENTION_PROGRESS = 'retention_progress';
	/** What the conversion of a policy stored before thresholds changed, until an admin dismisses it. */
	public const POLICY_MIGRATION = 'policy_migration';
	/** The "no monitoring" profile is on (compliance.md). */
	public const NO_MONITORING = 'no_monitoring';
	/** Who is responsible, for the Art. 30 record: JSON {contact, dpo}, typed by an admin once. */
	public const RECORD_CONTROLLER = 'record_controller';
	/** The compliance centre's keys, next to the policy's. */
	public const COMPLIANCE_KEYS = [self::NO_MONITORING, self::RECORD_CONTROLLER];

	/** The app-config key of a policy setting: `passwordMinLength` → `password_min_length`. */
	public static function settingKey(string $setting): string {
		return strtolower((string)preg_replace('/(?<!^)[A-Z]/', '_$0', $setting));
	}

	/** @return array<string, string> policy path (`settings.lobby`, `privacyNotice`, `groupRules`) → config key */
	public static function keys(): array {
		$keys = [];
		foreach (Settings::keys() as $setting) {
			$keys["settings.$setting"] = self::settingKey($setting);
		}
		$keys['privacyNotice'] = self::PRIVACY_NOTICE;
		$keys['groupRules'] = self::GROUP_RULES;
		return $keys;
	}

	/** @return array<string, string> config key → JSON default */
	public static function defaults(): array {
		$policy = DefaultPolicy::get();
		$defaults = [];
		foreach (Settings::keys() as $setting) {
			$defaults[self::settingKey($setting)] = Json::encode($policy['settings'][$setting]);
		}
		$defaults[self::PRIVACY_NOTICE] = Json::encode($policy['privacyNotice']);
		$defaults[self::GROUP_RULES] = Json::encode($policy['groupRules']);
		return $defaults;
	}

	public function getStrictness(): Strictness {
		return Strictness::NOTICE;
	}

	public function getAppConfigs(): array {
		$entries = [];
		foreach (self::defaults() as $key => $default) {
			$definition = match ($key) {
				self::PRIVACY_NOTICE => 'Privacy notice shown in every safe meeting (JSON: text, url, version)',
				self::GROUP_RULES => 'Stricter rules per group (JSON list of {group, settings})',
				default => 'Organisation rule for the setting (JSON: default, threshold = weakest permitted value, locked)',
			};
			$entries[] = new Entry(key: $key, type: ValueType::STRING, defaultRaw: $default, definition: $definition, lazy: true);
		}
		$entries[] = new Entry(key: self::BOT_SECRET, type: ValueType::STRING, defaultRaw: '', definition: 'Secret of the Safe Meeting bot in Talk (generated once)', lazy: true, flags: IAppConfig::FLAG_SENSITIVE);
		$entries[] = new Entry(key: self::RECEIPT_RETENTION_DAYS, type: ValueType::INT, defaultRaw: self::RECEIPT_RETENTION_DEFAULT, definition: 'Days a deletion receipt is kept (1–3650)', lazy: true);
		$entries[] = new Entry(key: self::RETENTION_PROGRESS, type: ValueType::STRING, defaultRaw: '{}', definition: 'Progress of the retention job (internal)', lazy: true);
		$entries[] = new Entry(key: self::POLICY_MIGRATION, type: ValueType::STRING, defaultRaw: '', definition: 'Report of the conversion of a stored policy to thresholds (JSON), shown to admins until dismissed', lazy: true);
		$entries[] = new Entry(key: self::NO_MONITORING, type: ValueType::BOOL, defaultRaw: false, definition: 'Read receipts and typing indicators private for every user, enforced', lazy: true);
		$entries[] = new Entry(key: self::RECORD_CONTROLLER, type: ValueType::STRING, defaultRaw: '{"contact":"","dpo":""}', definition: 'Controller contact and data protection officer for the record of processing activities (JSON)', lazy: true);
		return $entries;
	}

	public function getUserConfigs(): array {
		return [];
	}
}
