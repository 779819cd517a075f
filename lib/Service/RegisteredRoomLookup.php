<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\MeetingMapper;
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
 */
class RegisteredRoomLookup {
	/** Rooms that are not safe meetings are cached for a shorter time, in case an invalidation is lost. */
	public const TTL_REGISTERED = 24 * 60 * 60;
	public const TTL_NOT_REGISTERED = 60 * 60;
	private const NOT_REGISTERED = '';

	private ?ICache $cache = null;
	/** @var array<string, ?array> token => plan, null = not a safe meeting */
	private array $memo = [];

	public function __construct(
		private MeetingMapper $mapper,
		private ICacheFactory $cacheFactory,
		private LoggerInterface $logger,
	) {
	}

	/** The registered plan of the room, or null when it is not a safe meeting. */
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

	private function load(string $token): ?array {
		$cached = $this->cache()->get(self::key($token));
		if (is_string($cached)) {
			return $cached === self::NOT_REGISTERED ? null : $this->decode($token, $cached);
		}
		try {
			$json = $this->mapper->findByToken($token)->getPlan();
		} catch (DoesNotExistException) {
			$this->store($token, self::NOT_REGISTERED, self::TTL_NOT_REGISTERED);
			return null;
		} catch (MultipleObjectsReturnedException) {
			// The unique index on the token makes this impossible; do not guess which plan counts.
			$this->logger->error('Safe meeting registered twice', ['app' => 'safe_meeting', 'token' => $token]);
			return null;
		}
		$this->store($token, $json, self::TTL_REGISTERED);
		return $this->decode($token, $json);
	}

	/** A reader's write: never replaces what a writer stored meanwhile (without IMemcache: best effort). */
	private function store(string $token, string $value, int $ttl): void {
		$cache = $this->cache();
		if ($cache instanceof IMemcache) {
			$cache->add(self::key($token), $value, $ttl);
		} else {
			$cache->set(self::key($token), $value, $ttl);
		}
	}

	private function decode(string $token, string $json): ?array {
		try {
			$plan = json_decode($json, true, 32, JSON_THROW_ON_ERROR);
		} catch (\JsonException) {
			$plan = null;
		}
		if (!is_array($plan)) {
			$this->logger->error('Safe meeting plan is unreadable; the room is not guarded', ['app' => 'safe_meeting', 'token' => $token]);
			return null;
		}
		return $plan;
	}

	private function cache(): ICache {
		return $this->cache ??= $this->cacheFactory->createDistributed('safe_meeting');
	}

	private static function key(string $token): string {
		return 'plan/' . $token;
	}
}
