<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\Db\Receipt;

/**
 * Receipts for tests: a deleted file by the job, unless told otherwise.
 */
final class ReceiptBuilder {
	/**
	 * @param array{token?: string, kind?: string, action?: string, reason?: ?string, rule?: string, actorType?: string, actorId?: ?string} $fields
	 */
	public static function make(string $owner, int $at, string $name = 'agenda.pdf', array $fields = []): Receipt {
		$receipt = new Receipt();
		$receipt->setToken($fields['token'] ?? 'abcd1234');
		$receipt->setOwnerUid($owner);
		$receipt->setKind($fields['kind'] ?? Receipt::KIND_FILE);
		$receipt->setObjectId('42');
		$receipt->setObjectName($name);
		$receipt->setAction($fields['action'] ?? Receipt::ACTION_DELETED);
		$receipt->setReason($fields['reason'] ?? null);
		$receipt->setRule($fields['rule'] ?? Receipt::RULE_FILE_RETENTION);
		$receipt->setActedAt($at);
		$receipt->setActorType($fields['actorType'] ?? Receipt::ACTOR_JOB);
		$receipt->setActorId($fields['actorId'] ?? null);
		return $receipt;
	}
}
