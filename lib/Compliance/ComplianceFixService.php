<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Event\ComplianceFixAppliedEvent;
use OCA\SafeMeeting\Exception\FixNotAppliedException;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\Exceptions\AppConfigUnknownKeyException;
use OCP\IAppConfig;
use Psr\Log\LoggerInterface;

/**
 * Applies one of ComplianceFixes (the admin confirmed it and their password): writes the key in the type
 * it is stored with, so Talk keeps reading it, and tells the app's listeners (audit log) what changed.
 */
class ComplianceFixService {
	public function __construct(
		private IAppConfig $appConfig,
		private ConfigReader $reader,
		private IEventDispatcher $dispatcher,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @return int the number of the criterion the fix is for
	 * @throws \InvalidArgumentException no such fix
	 * @throws FixNotAppliedException a key could not be written; the keys written before it are restored
	 */
	public function apply(string $action, string $actorUid): int {
		$fix = ComplianceFixes::get($action) ?? throw new \InvalidArgumentException("Unknown fix $action");
		$app = $fix['app'];
		/** @var array<string, ?string> $written key => value before */
		$written = [];
		foreach ($fix['values'] as $key => $value) {
			try {
				$old = $this->reader->appValue($app, $key);
				if (isset($fix['onlyReplacing']) && trim((string)$old) !== $fix['onlyReplacing']) {
					continue;
				}
				$this->write($app, $key, $value);
				$written[$key] = $old;
			} catch (\Throwable $e) {
				$this->logger->error('Could not apply a compliance fix', ['app' => 'safe_meeting', 'fix' => $action, 'exception' => $e]);
				$this->restore($app, $written, $fix['values']);
				throw new FixNotAppliedException("$app.$key", $e);
			}
		}
		foreach ($written as $key => $old) {
			$value = $fix['values'][$key];
			$new = is_bool($value) ? ($value ? '1' : '0') : (string)$value;
			$this->dispatcher->dispatchTyped(new ComplianceFixAppliedEvent($actorUid, $action, "$app.$key", $old, $new));
		}
		return $fix['criterion'];
	}

	/**
	 * Puts back what a failed fix had already written, in the type it was written with.
	 *
	 * @param array<string, ?string> $written key => value before
	 * @param array<string, bool|int> $values
	 */
	private function restore(string $app, array $written, array $values): void {
		foreach (array_reverse($written, true) as $key => $old) {
			try {
				if ($old === null) {
					$this->appConfig->deleteKey($app, $key);
				} else {
					$this->write($app, $key, is_bool($values[$key]) ? in_array(strtolower(trim($old)), ['1', 'true', 'yes', 'on'], true) : (int)$old);
				}
			} catch (\Throwable $e) {
				$this->logger->error('Could not restore a key after a failed compliance fix', ['app' => 'safe_meeting', 'key' => "$app.$key", 'exception' => $e]);
			}
		}
	}

	/**
	 * A key first written by Talk's admin page or occ is "mixed" (or a string), one written through the typed
	 * API keeps its type; writing another type would be refused (type conflict).
	 */
	private function write(string $app, string $key, bool|int $value): void {
		try {
			$type = $this->appConfig->getValueType($app, $key);
		} catch (AppConfigUnknownKeyException) {
			$type = null;
		}
		$typed = $type === null || ($type & (IAppConfig::VALUE_BOOL | IAppConfig::VALUE_INT)) !== 0;
		if (!$typed) {
			$this->appConfig->setValueString($app, $key, is_bool($value) ? ($value ? '1' : '0') : (string)$value);
		} elseif (is_bool($value)) {
			$this->appConfig->setValueBool($app, $key, $value);
		} else {
			$this->appConfig->setValueInt($app, $key, $value);
		}
	}
}
