<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Event\PolicyChangedEvent;
use OCA\SafeMeeting\Exception\PolicyNotSavedException;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Policy\EffectivePolicyBuilder;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Policy\PolicyMigration;
use OCA\SafeMeeting\Policy\PolicyValidator;
use OCA\SafeMeeting\Policy\Violation;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IAppConfig;
use OCP\IGroupManager;
use OCP\IUser;
use Psr\Log\LoggerInterface;

/**
 * Reads, validates and stores the organisation policy; computes a user's effective policy.
 */
class PolicyService {
	public function __construct(
		private IAppConfig $appConfig,
		private IGroupManager $groupManager,
		private IEventDispatcher $dispatcher,
		private PolicyValidator $validator,
		private EffectivePolicyBuilder $effectivePolicyBuilder,
		private LoggerInterface $logger,
		private PolicyMigration $migration,
		private ITimeFactory $timeFactory,
	) {
	}

	/**
	 * The stored organisation policy; the built-in safe policy when nothing valid is stored.
	 * A policy stored before thresholds is converted on the first read (see PolicyMigration).
	 */
	public function getOrganisationPolicy(): array {
		$stored = $this->readStored();
		['policy' => $policy, 'changes' => $changes] = $this->migration->migrate($stored);
		$violations = $this->validator->validate($policy);
		if ($violations !== []) {
			$this->logger->error('Stored Safe Meeting policy is invalid, using the built-in safe policy', [
				'app' => Application::APP_ID,
				'violations' => array_map(static fn (Violation $v): string => "$v->field: $v->code", $violations),
			]);
			return DefaultPolicy::get();
		}
		if ($changes !== []) {
			$this->storeMigrated($stored, $policy, $changes);
		}
		return $policy;
	}

	/** The policy as stored, one JSON value per lexicon key (its default where nothing is stored). */
	private function readStored(): array {
		$policy = ['settings' => [], 'privacyNotice' => null, 'groupRules' => null];
		$defaults = Lexicon::defaults();
		foreach (Lexicon::keys() as $path => $key) {
			$raw = $this->appConfig->getValueString(Application::APP_ID, $key, $defaults[$key], lazy: true);
			$value = json_decode($raw, true);
			if (str_starts_with($path, 'settings.')) {
				$policy['settings'][substr($path, strlen('settings.'))] = $value;
			} else {
				$policy[$path] = $value;
			}
		}
		return $policy;
	}

	/**
	 * Writes a converted policy back, so the conversion happens once, and leaves a record of it: an audit
	 * entry per changed key (PolicyChangedEvent) and the report the admin page shows. A failed write is
	 * only logged: the next read converts again, to the same result.
	 *
	 * @param list<array{group: string, setting: string, before: array, after: array, narrowed: bool}> $changes
	 */
	private function storeMigrated(array $stored, array $policy, array $changes): void {
		$written = [];
		try {
			foreach (Lexicon::keys() as $path => $key) {
				[$old, $new] = str_starts_with($path, 'settings.')
					? [$stored['settings'][substr($path, 9)] ?? null, $policy['settings'][substr($path, 9)]]
					: [$stored[$path], $policy[$path]];
				if (Json::encode($old) !== Json::encode($new) && $this->appConfig->hasKey(Application::APP_ID, $key, null)) {
					$this->appConfig->setValueString(Application::APP_ID, $key, Json::encode($new), lazy: true);
					$written[$path] = ['old' => $old, 'new' => $new];
				}
			}
			$this->appConfig->setValueString(Application::APP_ID, Lexicon::POLICY_MIGRATION, Json::encode([
				'migratedAt' => $this->timeFactory->getTime(),
				'changes' => $changes,
			]), lazy: true);
		} catch (\Throwable $e) {
			$this->logger->warning('Could not store the converted Safe Meeting policy; it is converted again on the next read', ['app' => Application::APP_ID, 'exception' => $e]);
		}
		if ($written !== []) {
			$this->dispatcher->dispatchTyped(new PolicyChangedEvent('', $written, true));
		}
	}

	/**
	 * What the last conversion of a stored policy changed, for the admin page; null when there is nothing to show.
	 * @return array{migratedAt: int, changes: list<array{group: string, setting: string, before: array, after: array, narrowed: bool}>}|null
	 */
	public function getMigrationReport(): ?array {
		$raw = $this->appConfig->getValueString(Application::APP_ID, Lexicon::POLICY_MIGRATION, '', lazy: true);
		$report = $raw === '' ? null : json_decode($raw, true);
		return is_array($report) && is_array($report['changes'] ?? null) && is_int($report['migratedAt'] ?? null) ? $report : null;
	}

	/** The admin has read the report. */
	public function dismissMigrationReport(): void {
		$this->appConfig->deleteKey(Application::APP_ID, Lexicon::POLICY_MIGRATION);
	}

	/** The organisation policy tightened by the rules of the user's groups. */
	public function getEffectivePolicy(IUser $user): array {
		return $this->effectivePolicyBuilder->build($this->getOrganisationPolicy(), $this->groupManager->getUserGroupIds($user));
	}

	/**
	 * Validates and stores a new organisation policy. Nothing is stored when it is invalid.
	 *
	 * All or nothing: the policy spans one app-config key per part, so when a write fails midway the keys
	 * already written get their previous values back, and PolicyChangedEvent (audit) reports only what is
	 * really stored afterwards: nothing, unless a rollback write failed too.
	 *
	 * @return list<Violation> empty when the policy was stored
	 * @throws PolicyNotSavedException a write failed; the previous policy is in place again
	 */
	public function save(mixed $input, string $actorUid): array {
		$violations = $this->validator->validate($input);
		if ($violations !== []) {
			return $violations;
		}
		$current = $this->getOrganisationPolicy();
		$changes = [];
		/** @var array<string, array{key: string, previous: ?string}> $written path => raw value before the write, null = key was not set */
		$written = [];
		try {
			foreach (Lexicon::keys() as $path => $key) {
				[$old, $new] = str_starts_with($path, 'settings.')
					? [$current['settings'][substr($path, 9)], $input['settings'][substr($path, 9)]]
					: [$current[$path], $input[$path]];
				if (Json::encode($old) === Json::encode($new)) {
					continue;
				}
				$previous = $this->appConfig->hasKey(Application::APP_ID, $key, true)
					? $this->appConfig->getValueString(Application::APP_ID, $key, '', lazy: true)
					: null;
				$written[$path] = ['key' => $key, 'previous' => $previous];
				$changes[$path] = ['old' => $old, 'new' => $new];
				$this->appConfig->setValueString(Application::APP_ID, $key, Json::encode($new), lazy: true);
			}
		} catch (\Throwable $e) {
			$changedAnyway = $this->rollBack($written);
			$this->logger->error('Could not store the Safe Meeting policy; the previous policy was restored', [
				'app' => Application::APP_ID,
				'exception' => $e,
				'notRestored' => $changedAnyway,
			]);
			$stillChanged = array_intersect_key($changes, array_flip($changedAnyway));
			if ($stillChanged !== []) {
				$this->dispatcher->dispatchTyped(new PolicyChangedEvent($actorUid, $stillChanged));
			}
			throw new PolicyNotSavedException($changedAnyway, $e);
		}
		if ($changes !== []) {
			$this->dispatcher->dispatchTyped(new PolicyChangedEvent($actorUid, $changes));
		}
		return [];
	}

	/**
	 * Gives the keys their previous values back, last written first. The key whose write failed is in
	 * `$written` too: the failed write may or may not have reached the database.
	 *
	 * @param array<string, array{key: string, previous: ?string}> $written
	 * @return list<string> the paths that could not be restored
	 */
	private function rollBack(array $written): array {
		$failed = [];
		foreach (array_reverse($written, true) as $path => ['key' => $key, 'previous' => $previous]) {
			try {
				if ($previous === null) {
					$this->appConfig->deleteKey(Application::APP_ID, $key);
				} else {
					$this->appConfig->setValueString(Application::APP_ID, $key, $previous, lazy: true);
				}
			} catch (\Throwable $e) {
				$this->logger->error('Could not restore a Safe Meeting policy key', ['app' => Application::APP_ID, 'key' => $key, 'exception' => $e]);
				$failed[] = $path;
			}
		}
		return array_reverse($failed);
	}

	/**
	 * A policy as JSON-ready data: empty group `settings` become `{}` (PHP cannot tell `{}` from `[]`).
	 */
	public static function export(array $policy): array {
		if (isset($policy['groupRules']) && is_array($policy['groupRules'])) {
			foreach ($policy['groupRules'] as $index => $rule) {
				if (is_array($rule) && ($rule['settings'] ?? null) === []) {
					$policy['groupRules'][$index]['settings'] = new \stdClass();
				}
			}
		}
		return $policy;
	}
}
