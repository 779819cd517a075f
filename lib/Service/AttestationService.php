<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Attestation;
use OCA\SafeMeeting\Db\AttestationMapper;
use OCA\SafeMeeting\Event\AttestationRecordedEvent;
use OCA\SafeMeeting\Policy\Violation;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\IEventDispatcher;

/**
 * Organisational evidence an admin attests because no configuration can show it (compliance.md
 * criterion 18), and how each provider in Talk's media path is bound (criteria 1 and 2): who attested,
 * when, which document, and when it is reviewed next. A review date that has passed makes it a finding.
 */
class AttestationService {
	/** Criterion 18: Art. 28, Art. 30, Art. 35 GDPR, § 87(1) no. 6 BetrVG, Art. 32 GDPR. */
	public const ITEMS = ['processor-agreement', 'processing-record', 'dpia', 'works-council', 'toms'];
	/** A provider's host in Talk's media path (ExternalHosts), attested with a role and a transfer basis. */
	public const HOST = 'host';
	/** Operated by the organisation itself, or by a processor under an agreement (the document). */
	public const ROLES = ['own', 'processor'];
	/** Where its data goes: EU/EEA, a country with an adequacy decision, or standard contractual clauses. */
	public const TRANSFERS = ['eu', 'adequacy', 'scc'];
	public const DOCUMENT_MAX = 255;
	/** How far ahead a review may be planned. */
	public const REVIEW_MAX_YEARS = 5;
	private const DAY = 86400;

	public function __construct(
		private AttestationMapper $mapper,
		private ITimeFactory $time,
		private IEventDispatcher $dispatcher,
	) {
	}

	/**
	 * Records an attestation. Nothing is stored when the input is invalid.
	 *
	 * @param array<string, mixed> $input item, subject (host), documentRef, reviewDue (YYYY-MM-DD), role and transfer (hosts)
	 * @return list<Violation> empty when stored
	 */
	public function attest(array $input, string $actorUid): array {
		$item = $input['item'] ?? null;
		$isHost = $item === self::HOST;
		$violations = [];
		if (!is_string($item) || (!$isHost && !in_array($item, self::ITEMS, true))) {
			$violations[] = new Violation('item', 'invalid');
		}
		$subject = $isHost ? strtolower(trim((string)($input['subject'] ?? ''))) : null;
		if ($isHost && ($subject === '' || strlen($subject) > 191 || preg_match('/^[a-z0-9.:-]+$/', $subject) !== 1)) {
			$violations[] = new Violation('subject', $subject === '' ? 'required' : 'invalid');
		}
		$document = is_string($input['documentRef'] ?? null) ? trim($input['documentRef']) : '';
		if ($document === '') {
			$violations[] = new Violation('documentRef', 'required');
		} elseif (mb_strlen($document) > self::DOCUMENT_MAX) {
			$violations[] = new Violation('documentRef', 'too-long', ['max' => self::DOCUMENT_MAX]);
		}
		$reviewDue = $this->parseDate($input['reviewDue'] ?? null);
		$today = intdiv($this->time->getTime(), self::DAY) * self::DAY;
		if ($reviewDue === null) {
			$violations[] = new Violation('reviewDue', is_string($input['reviewDue'] ?? null) && $input['reviewDue'] !== '' ? 'invalid' : 'required');
		} elseif ($reviewDue <= $today || $reviewDue > $today + self::REVIEW_MAX_YEARS * 366 * self::DAY) {
			$violations[] = new Violation('reviewDue', 'review-date');
		}
		$details = null;
		if ($isHost) {
			$role = $input['role'] ?? null;
			$transfer = $input['transfer'] ?? null;
			if (!in_array($role, self::ROLES, true)) {
				$violations[] = new Violation('role', 'invalid');
			}
			if (!in_array($transfer, self::TRANSFERS, true)) {
				$violations[] = new Violation('transfer', 'invalid');
			}
			$details = json_encode(['role' => $role, 'transfer' => $transfer], JSON_THROW_ON_ERROR);
		}
		if ($violations !== []) {
			return $violations;
		}
		$attestation = new Attestation();
		$attestation->setItem((string)$item);
		$attestation->setSubject($subject);
		$attestation->setAttestedBy($actorUid);
		$attestation->setAttestedAt($this->time->getTime());
		$attestation->setDocumentRef($document);
		$attestation->setReviewDue((int)$reviewDue);
		$attestation->setDetails($details);
		$this->mapper->insert($attestation);
		$this->dispatcher->dispatchTyped(new AttestationRecordedEvent($attestation));
		return [];
	}

	/** @return array<string, Attestation> the attestation in force per item, hosts as `host:<name>` */
	public function current(): array {
		return $this->mapper->findCurrent();
	}

	/** Whether its review date has passed (the day itself still counts as in time). */
	public function isOverdue(Attestation $attestation): bool {
		return $this->time->getTime() >= $attestation->getReviewDue() + self::DAY;
	}

	/** YYYY-MM-DD → unix seconds at 00:00 UTC, or null when it is no real date. */
	private function parseDate(mixed $date): ?int {
		if (!is_string($date) || preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m) !== 1 || !checkdate((int)$m[2], (int)$m[3], (int)$m[1])) {
			return null;
		}
		return gmmktime(0, 0, 0, (int)$m[2], (int)$m[3], (int)$m[1]);
	}
}
