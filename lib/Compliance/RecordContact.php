<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Policy\Violation;
use OCP\IAppConfig;

/**
 * The two things the Art. 30 record needs that no configuration holds: how to reach the controller and
 * the data protection officer. Typed once by an admin; everything else in the record is read.
 */
class RecordContact {
	public const MAX = 500;

	public function __construct(
		private IAppConfig $appConfig,
	) {
	}

	/** @return array{contact: string, dpo: string} */
	public function get(): array {
		$stored = json_decode($this->appConfig->getValueString(Application::APP_ID, Lexicon::RECORD_CONTROLLER, '', lazy: true), true);
		$stored = is_array($stored) ? $stored : [];
		return ['contact' => (string)($stored['contact'] ?? ''), 'dpo' => (string)($stored['dpo'] ?? '')];
	}

	/**
	 * @return list<Violation> empty when stored; nothing is stored otherwise
	 */
	public function set(mixed $contact, mixed $dpo): array {
		$violations = [];
		foreach (['contact' => $contact, 'dpo' => $dpo] as $field => $value) {
			if (!is_string($value)) {
				$violations[] = new Violation($field, 'wrong-type');
			} elseif (mb_strlen(trim($value)) > self::MAX) {
				$violations[] = new Violation($field, 'too-long', ['max' => self::MAX]);
			}
		}
		if ($violations !== []) {
			return $violations;
		}
		$this->appConfig->setValueString(Application::APP_ID, Lexicon::RECORD_CONTROLLER, json_encode(['contact' => trim((string)$contact), 'dpo' => trim((string)$dpo)], JSON_THROW_ON_ERROR), lazy: true);
		return [];
	}
}
