<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCP\App\IAppManager;
use OCP\IUser;
use Psr\Container\ContainerExceptionInterface;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * Builds a class of lib/Talk/ that needs Talk's services, only once Talk is known to be enabled: classes
 * that depend on this one stay buildable (cron jobs, occ, pages) while Talk is disabled or broken.
 */
class TalkResolver {
	public function __construct(
		private IAppManager $appManager,
		private ContainerInterface $container,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @template T of object
	 * @param class-string<T> $class
	 * @param IUser|null $user Talk must be enabled for this user; null: for anyone (background work)
	 * @return T
	 * @throws TalkUnavailableException
	 */
	public function get(string $class, ?IUser $user = null): object {
		$enabled = $user === null ? $this->appManager->isEnabledForAnyone('spreed') : $this->appManager->isEnabledForUser('spreed', $user);
		if (!$enabled) {
			throw new TalkUnavailableException('Talk is not enabled');
		}
		try {
			$service = $this->container->get($class);
		} catch (ContainerExceptionInterface $e) {
			// Enabled, but its classes cannot be built (e.g. an incompatible Talk version).
			$this->logger->error('Talk is enabled but its services cannot be loaded', ['app' => 'safe_meeting', 'exception' => $e]);
			throw new TalkUnavailableException('Talk cannot be loaded', 0, $e);
		}
		if (!$service instanceof $class) {
			throw new TalkUnavailableException('Talk cannot be loaded');
		}
		return $service;
	}
}
