<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\ResponseDefinitions;
use OCP\IL10N;

/**
 * The Art. 30 record as CSV for spreadsheets: one row per entry (section, entry, value), the DPIA screening's
 * questions after it. UTF-8 with a byte order mark, so spreadsheet programs read the umlauts right; cells
 * that a spreadsheet would take for a formula are quoted.
 *
 * @psalm-import-type SafeMeetingRecord from ResponseDefinitions
 */
class RecordCsv {
	public function __construct(
		private IL10N $l,
	) {
	}

	/** @param SafeMeetingRecord $record */
	public function render(array $record): string {
		$out = fopen('php://temp', 'r+');
		$write = static fn (array $row) => fputcsv($out, array_map(self::cell(...), $row), ',', '"', '');
		$write([$this->l->t('Section'), $this->l->t('Entry'), $this->l->t('Value')]);
		$write([$this->l->t('Record of processing activities (Art. 30 GDPR)'), $this->l->t('Generated'), gmdate('Y-m-d\TH:i:s\Z', $record['generatedAt'])]);
		foreach ($record['sections'] as $section) {
			foreach ($section['rows'] as $row) {
				$write([$section['title'], $row['label'], $row['value']]);
			}
		}
		$dpia = $this->l->t('DPIA screening (Art. 35 GDPR)');
		foreach ($record['dpia']['questions'] as $question) {
			$write([$dpia, $question['question'], $this->answer($question['answer']) . ': ' . $question['basis']]);
		}
		$write([$dpia, $this->l->t('Result'), $record['dpia']['summary']]);
		rewind($out);
		$csv = (string)stream_get_contents($out);
		fclose($out);
		return "\u{FEFF}" . $csv;
	}

	/** A cell a spreadsheet will not run as a formula (OWASP: CSV injection). */
	private static function cell(string $value): string {
		return preg_match('/^[=+\-@\t\r]/', $value) === 1 ? "'" . $value : $value;
	}

	private function answer(string $answer): string {
		return match ($answer) {
			DpiaScreening::YES => $this->l->t('yes'),
			DpiaScreening::NO => $this->l->t('no'),
			default => $this->l->t('unknown'),
		};
	}
}
