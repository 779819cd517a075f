<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\App\IAppManager;
use OCP\AppFramework\QueryException;
use OCP\IUser;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

class TalkResolverTest extends TestCase {
	private function resolver(bool $enabled, mixed $service, bool $forUser = false): TalkResolver {
		$apps = $this->createMock(IAppManager::class);
		$apps->method($forUser ? 'isEnabledForUser' : 'isEnabledForAnyone')->willReturn($enabled);
		$container = $this->createMock(ContainerInterface::class);
		if ($service instanceof \Throwable) {
			$container->method('get')->willThrowException($service);
		} else {
			$container->method('get')->with(TalkRetention::class)->willReturn($service);
		}
		return new TalkResolver($apps, $container, $this->createMock(LoggerInterface::class));
	}

	public function testBuildsTheClassWhenTalkIsEnabled(): void {
		$talk = $this->createMock(TalkRetention::class);
		$this->assertSame($talk, $this->resolver(true, $talk)->get(TalkRetention::class));
		$this->assertSame($talk, $this->resolver(true, $talk, true)->get(TalkRetention::class, $this->createMock(IUser::class)));
	}

	public function testRefusesWhenTalkIsDisabled(): void {
		$this->expectException(TalkUnavailableException::class);
		$this->resolver(false, $this->createMock(TalkRetention::class))->get(TalkRetention::class);
	}

	public function testRefusesWhenTalksClassesCannotBeBuilt(): void {
		$this->expectException(TalkUnavailableException::class);
		$this->resolver(true, new QueryException('no such class'))->get(TalkRetention::class);
	}

	public function testRefusesSomethingElseThanAskedFor(): void {
		$this->expectException(TalkUnavailableException::class);
		$this->resolver(true, new \stdClass())->get(TalkRetention::class);
	}
}
