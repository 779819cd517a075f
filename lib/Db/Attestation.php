<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCA\SafeMeeting\ResponseDefinitions;
use OCP\AppFramework\Db\Entity;
use OCP\DB\Types;

/**
 * One attestation of organisational evidence: an admin states that a document exists and when it is
 * reviewed next (compliance.md criterion 18), or how a provider in the media path is bound (`host`).
 *
 * @method string getItem()
 * @method void setItem(string $item)
 * @method string|null getSubject()
 * @method void setSubject(?string $subject)
 * @method string getAttestedBy()
 * @method void setAttestedBy(string $attestedBy)
 * @method int getAttestedAt()
 * @method void setAttestedAt(int $attestedAt)
 * @method string getDocumentRef()
 * @method void setDocumentRef(string $documentRef)
 * @method int getReviewDue()
 * @method void setReviewDue(int $reviewDue)
 * @method string|null getDetails()
 * @method void setDetails(?string $details)
 *
 * @psalm-import-type SafeMeetingAttestation from ResponseDefinitions
 */
class Attestation extends Entity {
	protected string $item = '';
	protected ?string $subject = null;
	protected string $attestedBy = '';
	protected int $attestedAt = 0;
	protected string $documentRef = '';
	protected int $reviewDue = 0;
	protected ?string $details = null;

	public function __construct() {
		$this->addType('id', Types::BIGINT);
		$this->addType('item', Types::STRING);
		$this->addType('subject', Types::STRING);
		$this->addType('attestedBy', Types::STRING);
		$this->addType('attestedAt', Types::BIGINT);
		$this->addType('documentRef', Types::STRING);
		$this->addType('reviewDue', Types::BIGINT);
		$this->addType('details', Types::TEXT);
	}

	/** @return array<string, string> the details (a host's role and transfer basis), empty when none */
	public function detailsArray(): array {
		$details = json_decode($this->getDetails() ?? '', true);
		return is_array($details) ? array_map('strval', $details) : [];
	}

	/** @return SafeMeetingAttestation */
	public function toArray(): array {
		return [
			'item' => $this->getItem(),
			'subject' => $this->getSubject() ?? '',
			'attestedBy' => $this->getAttestedBy(),
			'attestedAt' => $this->getAttestedAt(),
			'documentRef' => $this->getDocumentRef(),
			'reviewDue' => $this->getReviewDue(),
			'details' => (object)$this->detailsArray(),
		];
	}
}
