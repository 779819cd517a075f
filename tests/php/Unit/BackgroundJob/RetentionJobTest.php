<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\BackgroundJob;

use OCA\SafeMeeting\BackgroundJob\RetentionJob;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Retention\RetentionRunner;
use OCA\SafeMeeting\Retention\RunReport;
use OCA\SafeMeeting\Service\ReceiptService;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\AppFramework\Utility\ITimeFactory;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class RetentionJobTest extends TestCase {
	private RetentionRunner&MockObject $runner;
	private ReceiptService&MockObject $receipts;
	private TalkResolver&MockObject $talk;
	private LoggerInterface&MockObject $logger;

	protected function setUp(): void {
		$this->runner = $this->createMock(RetentionRunner::class);
		$this->receipts = $this->createMock(ReceiptService::class);
		$this->talk = $this->createMock(TalkResolver::class);
		$this->logger = $this->createMock(LoggerInterface::class);
	}

	private function job(): RetentionJob {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(1_800_000_000);
		return new RetentionJob($time, $this->runner, $this->receipts, $this->talk, $this->logger);
	}

	private function runOnce(RetentionJob $job): void {
		$run = new \ReflectionMethod($job, 'run');
		$run->invoke($job, null);
	}

	public function testRunsHourlyOutsideBusyTimesAndNeverTwiceAtOnce(): void {
		$job = $this->job();
		$this->assertSame(3600, $job->getInterval());
		$this->assertFalse($job->isTimeSensitive());
		$this->assertFalse($job->getAllowParallelRuns());
	}

	public function testExpiresReceiptsThenAppliesRetentionForABoundedTime(): void {
		$talk = $this->createMock(TalkRetention::class);
		$this->talk->method('get')->with(TalkRetention::class)->willReturn($talk);
		$this->receipts->expects($this->once())->method('expire')->with(1_800_000_000)->willReturn(0);
		$this->runner->expects($this->once())->method('runScheduled')->with($talk, RetentionJob::MAX_SECONDS)->willReturn(new RunReport());

		$this->runOnce($this->job());
	}

	public function testWithoutTalkOnlyReceiptsExpire(): void {
		$this->talk->method('get')->willThrowException(new TalkUnavailableException('disabled'));
		$this->receipts->expects($this->once())->method('expire');
		$this->runner->expects($this->never())->method('runScheduled');

		$this->runOnce($this->job());
	}

	public function testNoFailureEscapesIntoCron(): void {
		$this->receipts->method('expire')->willThrowException(new \RuntimeException('database locked'));
		$this->talk->method('get')->willReturn($this->createMock(TalkRetention::class));
		$this->runner->expects($this->once())->method('runScheduled')->willThrowException(new \RuntimeException('storage offline'));
		$messages = [];
		$this->logger->method('error')->willReturnCallback(static function (string $message) use (&$messages): void {
			$messages[] = $message;
		});

		$this->runOnce($this->job());

		$this->assertSame(['Could not expire deletion receipts; tried again next run', 'Retention run stopped; it resumes next run'], $messages);
	}

	public function testIsRegisteredInInfoXml(): void {
		$xml = simplexml_load_string((string)file_get_contents(__DIR__ . '/../../../../appinfo/info.xml'));
		$jobs = array_map('strval', iterator_to_array($xml->{'background-jobs'}->job, false));
		$this->assertContains(RetentionJob::class, $jobs);
	}
}
