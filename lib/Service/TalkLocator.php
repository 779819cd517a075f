<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCP\App\IAppManager;
use OCP\IUser;
use Psr\Container\ContainerExceptionInterface;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * Hands out the lib/Talk/ classes that need Talk's services, only where Talk is enabled: Safe Meeting's
 * own pages, API and listeners keep working while Talk is disabled or cannot be loaded.
 */
class TalkLocator {
	public function __construct(
		private ContainerInterface $container,
		private IAppManager $appManager,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @template T of object
	 * @param class-string<T> $class a class in lib/Talk/
	 * @param IUser|null $user the user it is used for; null for work not done for one user (jobs, listeners)
	 * @return T
	 * @throws TalkUnavailableException
	 */
	public function get(string $class, ?IUser $user = null): object {
		$enabled = $user !== null ? $this->appManager->isEnabledForUser('spreed', $user) : $this->appManager->isEnabledForAnyone('spreed');
		if (!$enabled) {
			throw new TalkUnavailableException('Talk is not enabled');
		}
		try {
			$talk = $this->container->get($class);
		} catch (ContainerExceptionInterface $e) {
			// Enabled, but its classes cannot be built (e.g. an incompatible Talk version).
			$this->logger->error('Talk is enabled but its services cannot be loaded', ['app' => 'safe_meeting', 'exception' => $e]);
			throw new TalkUnavailableException('Talk cannot be loaded', 0, $e);
		}
		if (!$talk instanceof $class) {
			throw new TalkUnavailableException('Talk cannot be loaded');
		}
		return $talk;
	}
}
