<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Policy\Json;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\ICache;
use OCP\ICacheFactory;
use OCP\IMemcache;
use Psr\Log\LoggerInterface;

/**
 * "Is this Talk room a safe meeting, and with which plan?" for the guards, which run on every room
 * change of every room. Answers come from a per-request memo, then the distributed cache (shared by
 * all web servers), then the database, so a room that is not a safe meeting costs one query at most
 * and usually none.
 *
 * Writers (MeetingService) put what they wrote into the cache with remember() / forget(). Readers only
 * ever *add* what they loaded (IMemcache::add, where the cache has it): a reader that found no row just
 * before a registration was inserted cannot overwrite the registered plan with "not registered".
 *
 * Where the "distributed" cache is only local to this web server (CacheScope), "not registered" is kept
 * for the request only: another web server registering the room could not clear it here. A cache that
 * fails is skipped (logged); only the database decides, and when it cannot, planFor() says so.
 */
class RegisteredRoomLookup {
	/** Rooms that are not safe meetings are cached for a shorter time, in case an invalidation is lost. */
	public const TTL_REGISTERED = 24 * 60 * 60;
	public const TTL_NOT_REGISTERED = 60 * 60;
	private const NOT_REGISTERED = '';

	private ?ICache $cache = null;
	private ?bool $cacheIsShared = null;
	/** @var array<string, ?array> token => plan, null = not a safe meeting */
	private array $memo = [];

	public function __construct(
		private MeetingMapper $mapper,
		private ICacheFactory $cacheFactory,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * The registered plan of the room, or null when it is not a safe meeting.
	 *
	 * @throws RegistryUnavailableException the database failed, or the room's plan cannot be read
	 */
	public function planFor(string $token): ?array {
		if (!array_key_exists($token, $this->memo)) {
			$this->memo[$token] = $this->load($token);
		}
		return $this->memo[$token];
	}

	/** Makes a plan that was just registered count at once, here and for every web server. */
	public function remember(string $token, array $plan): void {
		$this->memo[$token] = $plan;
		$this->cache()->set(self::key($token), Json::encode($plan), self::TTL_REGISTERED);
	}

	/** Drops what is known about the room, here and in the distributed cache (call after a deletion). */
	public function forget(string $token): void {
		unset($this->memo[$token]);
		$this->cache()->remove(self::key($token));
	}

	/** @throws RegistryUnavailableException */
	private function load(string $token): ?array {
		$cached = $this->cached($token);
		if ($cached === self::NOT_REGISTERED) {
			return null;
		}
		if ($cached !== null) {
			$plan = self::decode($cached);
			if ($plan !== null) {
				return $plan;
			}
			$this->logger->warning('Cached safe meeting plan is unreadable; reading the database', ['app' => 'safe_meeting', 'token' => $token]);
		}
		try {
			$json = $this->mapper->findByToken($token)->getPlan();
		} catch (DoesNotExistException) {
			if ($this->cacheIsShared()) {
				$this->store($token, self::NOT_REGISTERED, self::TTL_NOT_REGISTERED);
			}
			return null;
		} catch (MultipleObjectsReturnedException $e) {
			// The unique index on the token makes this impossible; do not guess which plan counts.
			throw new RegistryUnavailableException($token, true, $e);
		} catch (\Throwable $e) {
			throw new RegistryUnavailableException($token, false, $e);
		}
		$plan = self::decode($json);
		if ($plan === null) {
			throw new RegistryUnavailableException($token, true);
		}
		$this->store($token, $json, self::TTL_REGISTERED);
		return $plan;
	}

	/**
	 * What the cache holds for the room: a plan's JSON, NOT_REGISTERED, or null for nothing usable (a miss,
	 * a failing cache, or "not registered" in a cache that other web servers cannot clear).
	 */
	private function cached(string $token): ?string {
		try {
			$value = $this->cache()->get(self::key($token));
		} catch (\Throwable $e) {
			$this->logger->warning('The cache failed; reading the safe meeting registry from the database', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
			return null;
		}
		if (!is_string($value) || ($value === self::NOT_REGISTERED && !$this->cacheIsShared())) {
			return null;
		}
		return $value;
	}

	/** A reader's write: never replaces what a writer stored meanwhile (without IMemcache: best effort). */
	private function store(string $token, string $value, int $ttl): void {
		try {
			$cache = $this->cache();
			if ($cache instanceof IMemcache) {
				$cache->add(self::key($token), $value, $ttl);
			} else {
				$cache->set(self::key($token), $value, $ttl);
			}
		} catch (\Throwable $e) {
			$this->logger->warning('Could not cache a safe meeting lookup', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
	}

	private static function decode(string $json): ?array {
		try {
			$plan = json_decode($json, true, 32, JSON_THROW_ON_ERROR);
		} catch (\JsonException) {
			return null;
		}
		return is_array($plan) ? $plan : null;
	}

	private function cache(): ICache {
		return $this->cache ??= $this->cacheFactory->createDistributed('safe_meeting');
	}

	private function cacheIsShared(): bool {
		return $this->cacheIsShared ??= CacheScope::isShared($this->cacheFactory, $this->cache());
	}

	private static function key(string $token): string {
		return 'plan/' . $token;
	}
}
