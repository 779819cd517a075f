<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance;

use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\Criterion;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

class ComplianceServiceTest extends TestCase {
	/** @param array<class-string, \Closure(): CriterionResult> $outcomes */
	private function service(array $outcomes, ?LoggerInterface $logger = null): ComplianceService {
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->willReturnCallback(function (string $class) use ($outcomes): Criterion {
			$criterion = $this->createMock(Criterion::class);
			$criterion->method('id')->willReturn((int)array_search($class, ComplianceService::CRITERIA, true));
			$criterion->method('title')->willReturn("title of $class");
			$criterion->method('sources')->willReturn('D');
			$criterion->method('evaluate')->willReturnCallback($outcomes[$class] ?? static fn () => CriterionResult::holds('fine', []));
			return $criterion;
		});
		return new ComplianceService($container, new FakeL10N(), $logger ?? $this->createMock(LoggerInterface::class));
	}

	public function testReportsEveryCriterionOrderedByNumber(): void {
		$numbers = array_map(static fn ($e) => $e->criterion, $this->service([])->report());
		$expected = array_keys(ComplianceService::CRITERIA);
		sort($expected);
		$this->assertSame($expected, $numbers);
	}

	public function testEvaluatesOneCriterionWithoutBuildingTheOthers(): void {
		$built = [];
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->willReturnCallback(function (string $class) use (&$built): Criterion {
			$built[] = $class;
			$criterion = $this->createMock(Criterion::class);
			$criterion->method('id')->willReturn(5);
			$criterion->method('evaluate')->willReturn(CriterionResult::holds('fine', []));
			return $criterion;
		});
		$entry = (new ComplianceService($container, new FakeL10N(), $this->createMock(LoggerInterface::class)))->evaluate(5);
		$this->assertSame(5, $entry?->criterion);
		$this->assertSame([ComplianceService::CRITERIA[5]], $built);
	}

	public function testOneUnreadableCriterionDoesNotSpoilTheOthers(): void {
		[$first, $second, $third] = array_values(ComplianceService::CRITERIA);
		$logger = $this->createMock(LoggerInterface::class);
		$logger->expects($this->once())->method('error');
		$report = $this->service([
			$first => static fn () => throw new UnreadableException('apps.spreed'),
			$second => static fn () => throw new \RuntimeException('boom'),
			$third => static fn () => throw new UnreadableException('spreed.turn_servers'),
		], $logger)->report();

		$byTitle = [];
		foreach ($report as $entry) {
			$byTitle[$entry->title] = $entry->toArray();
		}
		$this->assertSame(Status::UNREADABLE, $byTitle["title of $first"]['status']);
		$this->assertSame('[t] Talk is not enabled, so its settings cannot be read.', $byTitle["title of $first"]['summary']);
		$this->assertSame('[t] This criterion could not be evaluated. The server log has the details.', $byTitle["title of $second"]['summary']);
		$this->assertSame('[t] The setting spreed.turn_servers cannot be read.', $byTitle["title of $third"]['summary']);
		$holding = array_filter($byTitle, static fn (array $e): bool => $e['status'] === Status::HOLDS);
		$this->assertCount(count(ComplianceService::CRITERIA) - 3, $holding);
	}

	public function testAnEntryCarriesEvidenceAndFixAsJson(): void {
		$class = ComplianceService::CRITERIA[5];
		$entry = $this->service([
			$class => static fn () => CriterionResult::fails('bad', [new Evidence('spreed.force_passwords', 'label', '0')], Fix::action('force-passwords', 'Fix it', 'occ …')),
		])->evaluate(5);

		$this->assertSame([
			'criterion' => 5,
			'title' => "title of $class",
			'sources' => 'D',
			'status' => 'fails',
			'summary' => 'bad',
			'evidence' => [['source' => 'spreed.force_passwords', 'label' => 'label', 'value' => '0']],
			'fix' => ['kind' => 'action', 'label' => 'Fix it', 'setting' => 'occ …', 'action' => 'force-passwords'],
		], $entry?->toArray());
		$this->assertNull($this->service([])->evaluate(99), 'there is no criterion 99');
	}
}
