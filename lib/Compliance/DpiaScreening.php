<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCP\IL10N;

/**
 * The threshold questions for a data protection impact assessment (Art. 35 GDPR; the European data
 * protection board's criteria, WP248), answered from the same facts as the Art. 30 record. Two or more
 * "yes" make a full DPIA likely required. A question the configuration cannot answer says so and counts
 * as neither.
 */
class DpiaScreening {
	public const YES = 'yes';
	public const NO = 'no';
	public const UNKNOWN = 'unknown';
	/** From this many users who have logged in, the screening counts the processing as large-scale. */
	public const LARGE_SCALE_USERS = 1000;
	/** WP248: processing that meets two criteria likely requires a DPIA. */
	public const INDICATED_FROM = 2;

	public function __construct(
		private IL10N $l,
	) {
	}

	/**
	 * @param array{monitoring: bool, recording: bool, transfers: ?bool, ai: list<string>, users: int} $facts
	 *                                                                                                           transfers: true = some, false = none, null = unknown
	 * @return array{questions: list<array{question: string, answer: string, basis: string}>, indicated: bool, summary: string}
	 */
	public function screen(array $facts): array {
		$questions = [
			$this->question($this->l->t('Are people systematically monitored?'), $facts['monitoring'] ? self::YES : self::NO, $facts['monitoring']
				? $this->l->t('Read receipts, typing indicators or the automatic online status show others what people do.')
				: $this->l->t('The "no monitoring" profile is on and Nextcloud shows no automatic online status.')),
			$this->question($this->l->t('Are vulnerable people concerned?'), self::YES, $this->l->t('Employees take part; the power imbalance makes them vulnerable in this sense.')),
			$this->question($this->l->t('Is audio or video recorded?'), $facts['recording'] ? self::YES : self::NO, $facts['recording']
				? $this->l->t('The policy lets meetings be recorded with consent, and Talk can record.')
				: $this->l->t('The policy blocks recording, or Talk cannot record.')),
			$this->question($this->l->t('Are data transferred to third countries?'), match ($facts['transfers']) {
				true => self::YES,
				false => self::NO,
				null => self::UNKNOWN,
			}, match ($facts['transfers']) {
				true => $this->l->t('A provider in the media path is outside the EU and EEA.'),
				false => $this->l->t('Every provider in the media path is in the EU or EEA.'),
				null => $this->l->t('Some providers in the media path are not classified yet.'),
			}),
			$this->question($this->l->t('Is new technology such as AI used?'), $facts['ai'] === [] ? self::NO : self::YES, $facts['ai'] === []
				? $this->l->t('No AI or translation integration is enabled.')
				: $this->l->t('Enabled: %s', [implode(', ', $facts['ai'])])),
			$this->question($this->l->t('Is the processing large-scale?'), $facts['users'] >= self::LARGE_SCALE_USERS ? self::YES : self::NO,
				$this->l->t('Users who have logged in: %1$s (large-scale from %2$s).', [(string)$facts['users'], (string)self::LARGE_SCALE_USERS])),
			$this->question($this->l->t('Are special categories of data (Art. 9 GDPR) processed?'), self::UNKNOWN, $this->l->t('Depends on what is discussed in the meetings; the configuration cannot tell. Decide with your data protection officer.')),
		];
		$yes = count(array_filter($questions, static fn (array $q): bool => $q['answer'] === self::YES));
		$indicated = $yes >= self::INDICATED_FROM;
		return [
			'questions' => $questions,
			'indicated' => $indicated,
			'summary' => $indicated
				? $this->l->t('A full data protection impact assessment is indicated: %s criteria are met.', [(string)$yes])
				: $this->l->n('This screening does not indicate a full data protection impact assessment (%n criterion met). Check the questions it cannot answer.', 'This screening does not indicate a full data protection impact assessment (%n criteria met). Check the questions it cannot answer.', $yes),
		];
	}

	/** @return array{question: string, answer: string, basis: string} */
	private function question(string $question, string $answer, string $basis): array {
		return ['question' => $question, 'answer' => $answer, 'basis' => $basis];
	}
}
