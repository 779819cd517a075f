<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Db\Receipt;
use OCA\SafeMeeting\Db\ReceiptMapper;
use OCA\SafeMeeting\Retention\RetentionRules;
use OCP\IAppConfig;
use OCP\IL10N;

/**
 * Deletion receipts: reading them a page at a time, exporting them as CSV, and forgetting them after the
 * period the admin set. Who may read which receipts is the controller's call (owner filter).
 */
class ReceiptService {
	public const PAGE_MAX = 200;
	/** Receipts read per query while exporting: memory stays flat however many there are. */
	private const EXPORT_CHUNK = 500;

	public function __construct(
		private ReceiptMapper $receipts,
		private MeetingMapper $meetings,
		private IAppConfig $appConfig,
		private IL10N $l10n,
	) {
	}

	/**
	 * @return array{receipts: list<Receipt>, hasMore: bool} newest first
	 */
	public function page(?string $ownerUid, ?string $token, int $limit, int $offset): array {
		$limit = max(1, min(self::PAGE_MAX, $limit));
		$receipts = $this->receipts->findPage($ownerUid, $token, $limit + 1, max(0, $offset));
		return ['receipts' => array_slice($receipts, 0, $limit), 'hasMore' => count($receipts) > $limit];
	}

	/**
	 * All matching receipts as CSV (oldest first) in a temporary stream, which spills to disk when large.
	 *
	 * @return resource
	 */
	public function exportCsv(?string $ownerUid, ?string $token) {
		$out = fopen('php://temp', 'w+b');
		if ($out === false) {
			throw new \RuntimeException('No temporary stream for the export');
		}
		fputcsv($out, [
			$this->l10n->t('Receipt'), $this->l10n->t('Meeting'), $this->l10n->t('Kind'), $this->l10n->t('Object ID'),
			$this->l10n->t('Name'), $this->l10n->t('Action'), $this->l10n->t('Reason'), $this->l10n->t('Rule'),
			$this->l10n->t('Time (UTC)'), $this->l10n->t('Actor'), $this->l10n->t('User'),
		], ',', '"', '');
		$after = 0;
		do {
			$chunk = $this->receipts->findAfter($ownerUid, $token, $after, self::EXPORT_CHUNK);
			foreach ($chunk as $receipt) {
				fputcsv($out, array_map(self::cell(...), [
					(string)$receipt->getId(), $receipt->getToken(), $receipt->getKind(), $receipt->getObjectId(),
					$receipt->getObjectName(), $receipt->getAction(), $receipt->getReason() ?? '', $receipt->getRule(),
					gmdate('Y-m-d\TH:i:s\Z', $receipt->getActedAt()), $receipt->getActorType(), $receipt->getActorId() ?? '',
				]), ',', '"', '');
				$after = (int)$receipt->getId();
			}
		} while (count($chunk) === self::EXPORT_CHUNK);
		rewind($out);
		return $out;
	}

	public function retentionDays(): int {
		$days = $this->appConfig->getValueInt(Application::APP_ID, Lexicon::RECEIPT_RETENTION_DAYS, Lexicon::RECEIPT_RETENTION_DEFAULT, true);
		return max(Lexicon::RECEIPT_RETENTION_MIN, min(Lexicon::RECEIPT_RETENTION_MAX, $days));
	}

	/** @return bool false (and nothing stored) when `days` is not a whole number in range */
	public function setRetentionDays(mixed $days): bool {
		if (!is_int($days) || $days < Lexicon::RECEIPT_RETENTION_MIN || $days > Lexicon::RECEIPT_RETENTION_MAX) {
			return false;
		}
		$this->appConfig->setValueInt(Application::APP_ID, Lexicon::RECEIPT_RETENTION_DAYS, $days, true);
		return true;
	}

	/**
	 * Forgets receipts older than the admin's period, and purged meetings whose receipts are all gone.
	 *
	 * @return int receipts deleted
	 */
	public function expire(int $now): int {
		$cutoff = $now - $this->retentionDays() * RetentionRules::DAY;
		$deleted = $this->receipts->deleteActedBefore($cutoff);
		$this->meetings->deletePurgedBefore($cutoff);
		return $deleted;
	}

	/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
	private static function cell(string $value): string {
		return $value !== '' && str_contains("=+-@\t\r", $value[0]) ? "'" . $value : $value;
	}
}
