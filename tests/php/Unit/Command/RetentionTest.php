<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Command;

use OCA\SafeMeeting\Command\Retention;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Tests\Unit\Retention\RetentionTestCase;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Tester\CommandTester;

/**
 * `occ safe_meeting:retention` through Symfony's CommandTester, over the real runner.
 */
class RetentionTest extends RetentionTestCase {
	private function tester(?TalkResolver $resolver = null): CommandTester {
		if ($resolver === null) {
			$resolver = $this->createMock(TalkResolver::class);
			$resolver->method('get')->willReturn($this->talk);
		}
		return new CommandTester(new Retention($this->runner(batchSize: 2), $resolver));
	}

	private function dueMeetings(): void {
		foreach (['aaaa1111', 'bbbb2222', 'cccc3333'] as $i => $token) {
			$this->meeting($token);
			$this->addFile('alice', "/Talk/$token.pdf", 10 + $i);
			$this->shares->roomShare($token, 'alice', 10 + $i, "$token.pdf", self::END - 40 * self::DAY);
		}
		$this->addFile('alice', '/Documents/keep.pdf', 20);
		$this->shares->roomShare('bbbb2222', 'alice', 20, 'keep.pdf', self::END - 40 * self::DAY);
	}

	public function testIsNamedAndDocumentedForOcc(): void {
		$command = new Retention($this->runner(), $this->createMock(TalkResolver::class));
		$this->assertSame('safe_meeting:retention', $command->getName());
		$this->assertTrue($command->getDefinition()->hasOption('dry-run'));
		$this->assertTrue($command->getDefinition()->hasOption('meeting'));
		$xml = simplexml_load_string((string)file_get_contents(__DIR__ . '/../../../../appinfo/info.xml'));
		$this->assertContains(Retention::class, array_map('strval', iterator_to_array($xml->commands->command, false)));
	}

	public function testDeletesWhatIsDueWithAProgressBarAndASummary(): void {
		$this->dueMeetings();
		$tester = $this->tester();

		$this->assertSame(Command::SUCCESS, $tester->execute([]));

		$this->assertSame([10, 11, 12], $this->deletedIds);
		$display = $tester->getDisplay();
		$this->assertStringContainsString('3/3 [============================] 100%', $display);
		$this->assertStringContainsString('3 safe meetings checked: 7 deletions and 1 files left alone (each with a receipt), 0 meetings purged.', $display);
		$this->assertSame(['occ'], array_values(array_unique(array_map(static fn ($r) => $r->getActorType(), $this->receipts->findPage(null, null, 100, 0)))));
	}

	public function testADryRunListsWhatWouldGoAndDeletesNothing(): void {
		$this->dueMeetings();
		$tester = $this->tester();

		$this->assertSame(Command::SUCCESS, $tester->execute(['--dry-run' => true]));

		$this->assertSame([], $this->deletedIds);
		$this->assertSame([], $this->deletedShares);
		$this->assertSame([], $this->receiptLog());
		$display = $tester->getDisplay();
		$this->assertStringContainsString('Dry run: 3 safe meetings checked, nothing deleted.', $display);
		$this->assertStringContainsString('  delete share "aaaa1111.pdf"', $display);
		$this->assertStringContainsString('  unshare share "keep.pdf" (file kept: outside-talk-folder)', $display);
	}

	public function testOnlyTheNamedMeeting(): void {
		$this->dueMeetings();
		$tester = $this->tester();

		$this->assertSame(Command::SUCCESS, $tester->execute(['--meeting' => 'bbbb2222']));

		$this->assertSame([11], $this->deletedIds);
		$this->assertStringContainsString('1/1', $tester->getDisplay());
	}

	public function testRefusesAnUnknownOrMalformedMeeting(): void {
		$tester = $this->tester();
		$this->assertSame(Command::FAILURE, $tester->execute(['--meeting' => 'zzzz9999']));
		$this->assertStringContainsString('No safe meeting with token zzzz9999.', $tester->getDisplay());
		$this->assertSame(Command::INVALID, $tester->execute(['--meeting' => 'Robert; DROP TABLE']));
	}

	public function testReportsFailuresWithAnExitCode(): void {
		$this->dueMeetings();
		$this->undeletable[11] = true;
		$tester = $this->tester();

		$this->assertSame(Command::FAILURE, $tester->execute([]));
		$this->assertStringContainsString('1 meetings had steps that failed', $tester->getDisplay());
	}

	public function testWithoutTalkDeletesNothing(): void {
		$resolver = $this->createMock(TalkResolver::class);
		$resolver->method('get')->willThrowException(new TalkUnavailableException('off'));
		$tester = $this->tester($resolver);

		$this->assertSame(Command::FAILURE, $tester->execute([]));
		$this->assertStringContainsString('Nextcloud Talk is not available; nothing was deleted.', $tester->getDisplay());
	}
}
