<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\IL10N;

/**
 * IL10N that "translates" by marking the text, so tests can see every message went through t() or n().
 */
class FakeL10N implements IL10N {
	public function t(string $text, $parameters = []): string {
		return '[t] ' . vsprintf($text, is_array($parameters) ? $parameters : [$parameters]);
	}

	public function n(string $text_singular, string $text_plural, int $count, array $parameters = []): string {
		return $this->t(str_replace('%n', (string)$count, $count === 1 ? $text_singular : $text_plural), $parameters);
	}

	/** Dates and numbers in a fixed, locale-free form (ISO 8601; numbers unchanged). */
	public function l(string $type, $data, array $options = []) {
		if ($type === 'firstday') {
			return 1;
		}
		if ($type === 'jsdate') {
			return 'yyyy-MM-dd';
		}
		$time = $data instanceof \DateTimeInterface ? $data : (new \DateTimeImmutable())->setTimestamp((int)$data);
		return match ($type) {
			'date' => $time->format('Y-m-d'),
			'datetime' => $time->format('Y-m-d\TH:i:sP'),
			'time' => $time->format('H:i:s'),
			default => false,
		};
	}

	public function getLanguageCode(): string {
		return 'en';
	}

	public function getLocaleCode(): string {
		return 'en';
	}
}
