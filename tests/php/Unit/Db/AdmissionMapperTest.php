<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Db;

use OCA\SafeMeeting\Db\Admission;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use PHPUnit\Framework\TestCase;

class AdmissionMapperTest extends TestCase {
	private SqliteConnection $db;
	private AdmissionMapper $mapper;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->mapper = new AdmissionMapper($this->db);
	}

	public function testAnAdmissionIsUsedUpByItsFirstUse(): void {
		$this->mapper->grant('abcd1234', Admission::USERS, 'carol', 1000, 'alice');

		$this->assertTrue($this->mapper->consume('abcd1234', Admission::USERS, 'carol', 999));
		$this->assertFalse($this->mapper->consume('abcd1234', Admission::USERS, 'carol', 999), 'one time only');
	}

	public function testAnAdmissionCountsForItsPersonAndMeetingOnly(): void {
		$this->mapper->grant('abcd1234', Admission::USERS, 'carol', 1000, 'alice');

		$this->assertFalse($this->mapper->consume('wxyz9876', Admission::USERS, 'carol', 999), 'other meeting');
		$this->assertFalse($this->mapper->consume('abcd1234', Admission::USERS, 'dave', 999), 'other person');
		$this->assertFalse($this->mapper->consume('abcd1234', Admission::EMAILS, 'carol', 999), 'other kind of actor');
		$this->assertTrue($this->mapper->consume('abcd1234', Admission::USERS, 'carol', 999));
	}

	public function testAnExpiredAdmissionLetsNobodyIn(): void {
		$this->mapper->grant('abcd1234', Admission::EMAILS, hash('sha256', 'dave@example.com'), 1000, 'alice');

		$this->assertTrue($this->mapper->consume('abcd1234', Admission::EMAILS, hash('sha256', 'dave@example.com'), 1000), 'valid until its last second');
		$this->mapper->grant('abcd1234', Admission::EMAILS, hash('sha256', 'dave@example.com'), 1000, 'alice');
		$this->assertFalse($this->mapper->consume('abcd1234', Admission::EMAILS, hash('sha256', 'dave@example.com'), 1001));
	}

	public function testAdmittingAgainRenewsTheAdmission(): void {
		$this->mapper->grant('abcd1234', Admission::USERS, 'carol', 1000, 'alice');
		$this->mapper->grant('abcd1234', Admission::USERS, 'carol', 5000, 'bob');

		$this->assertSame(1, (int)$this->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_admissions'));
		$this->assertTrue($this->mapper->consume('abcd1234', Admission::USERS, 'carol', 4000));
	}

	public function testRevokesAndCleansUp(): void {
		$this->mapper->grant('abcd1234', Admission::USERS, 'carol', 1000, 'alice');
		$this->mapper->grant('abcd1234', Admission::USERS, 'dave', 3000, 'alice');
		$this->mapper->grant('wxyz9876', Admission::USERS, 'erin', 3000, 'alice');

		$this->mapper->revoke('abcd1234', Admission::USERS, 'dave');
		$this->assertSame(1, $this->mapper->deleteExpired(2000), 'only carol\'s has expired');
		$this->assertTrue($this->mapper->isPending('wxyz9876', Admission::USERS, 'erin', 2000));
		$this->assertTrue($this->mapper->isPending('wxyz9876', Admission::USERS, 'erin', 2000), 'looking does not use it up');
		$this->assertFalse($this->mapper->isPending('abcd1234', Admission::USERS, 'dave', 2000), 'revoked');
		$this->assertFalse($this->mapper->isPending('wxyz9876', Admission::USERS, 'erin', 3001), 'expired');
		$this->assertSame(1, $this->mapper->deleteByToken('wxyz9876'));
		$this->assertSame(0, (int)$this->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_admissions'));
	}
}
