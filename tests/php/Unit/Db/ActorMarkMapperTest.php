<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Db;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use PHPUnit\Framework\TestCase;

class ActorMarkMapperTest extends TestCase {
	private SqliteConnection $db;
	private ActorMarkMapper $marks;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->marks = new ActorMarkMapper($this->db);
	}

	private function rows(): int {
		return (int)$this->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_actor_marks');
	}

	public function testAMarkCountsForItsMeetingKindAndActorOnly(): void {
		$this->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa');

		$this->assertTrue($this->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa'));
		$this->assertFalse($this->marks->has('wxyz9876', ActorMarkMapper::UNADMITTED, 'users', 'tessa'), 'other meeting');
		$this->assertFalse($this->marks->has('abcd1234', ActorMarkMapper::GUEST, 'users', 'tessa'), 'other kind');
		$this->assertFalse($this->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'emails', 'tessa'), 'other actor type');
		$this->assertFalse($this->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'ulf'), 'other person');
	}

	public function testMarkingTwiceKeepsOneRow(): void {
		$this->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'guests', sha1('session'));
		$this->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'guests', sha1('session'));

		$this->assertSame(1, $this->rows());
	}

	public function testUnmarkRemovesOneKindOfOneActor(): void {
		$this->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa');
		$this->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'users', 'tessa');

		$this->assertSame(1, $this->marks->unmark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa'));
		$this->assertSame(0, $this->marks->unmark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa'));
		$this->assertTrue($this->marks->has('abcd1234', ActorMarkMapper::GUEST, 'users', 'tessa'));
	}

	public function testForgettingAnActorRemovesAllTheirMarksInThatMeeting(): void {
		$this->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa');
		$this->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'users', 'tessa');
		$this->marks->mark('wxyz9876', ActorMarkMapper::UNADMITTED, 'users', 'tessa');

		$this->assertSame(2, $this->marks->forgetActor('abcd1234', 'users', 'tessa'));
		$this->assertTrue($this->marks->has('wxyz9876', ActorMarkMapper::UNADMITTED, 'users', 'tessa'));
	}

	public function testForgettingAKindLeavesTheOtherKindAndMeetings(): void {
		$this->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa');
		$this->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'ulf');
		$this->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'guests', sha1('session'));
		$this->marks->mark('wxyz9876', ActorMarkMapper::UNADMITTED, 'users', 'tessa');

		$this->assertSame(2, $this->marks->forgetKind('abcd1234', ActorMarkMapper::UNADMITTED));
		$this->assertSame(2, $this->rows());
		$this->assertSame(2, $this->marks->deleteByToken('abcd1234') + $this->marks->deleteByToken('wxyz9876'));
		$this->assertSame(0, $this->rows());
	}
}
