<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\EventDispatcher\IEventListener;

/**
 * A working IEventDispatcher that behaves as Nextcloud's does for apps: listeners are found by event
 * name only (dispatchTyped uses the event's own class, never a parent class), higher priority runs
 * first, service listeners are built on first use by the resolver (the DI container's job), and an
 * exception thrown by a listener ends the dispatch and reaches the code that dispatched.
 */
class EventDispatcher implements IEventDispatcher {
	/** @var array<string, array<int, list<callable>>> event name → priority → listeners */
	private array $listeners = [];

	/**
	 * @param \Closure(class-string): object $resolve builds a service listener by class name
	 */
	public function __construct(
		private ?\Closure $resolve = null,
	) {
	}

	public function addListener(string $eventName, callable $listener, int $priority = 0): void {
		$this->listeners[$eventName][$priority][] = $listener;
	}

	public function removeListener(string $eventName, callable $listener): void {
		foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
			$this->listeners[$eventName][$priority] = array_values(array_filter($listeners, static fn (callable $l): bool => $l !== $listener));
		}
	}

	public function addServiceListener(string $eventName, string $className, int $priority = 0): void {
		$this->addListener($eventName, function (Event $event) use ($className): void {
			if ($this->resolve === null) {
				throw new \LogicException("No container to build $className");
			}
			$listener = ($this->resolve)($className);
			if (!$listener instanceof IEventListener) {
				throw new \LogicException("$className is no IEventListener");
			}
			$listener->handle($event);
		}, $priority);
	}

	public function hasListeners(string $eventName): bool {
		return array_merge(...array_values($this->listeners[$eventName] ?? [[]])) !== [];
	}

	public function dispatch(string $eventName, Event $event): void {
		$byPriority = $this->listeners[$eventName] ?? [];
		krsort($byPriority);
		foreach ($byPriority as $listeners) {
			foreach ($listeners as $listener) {
				if ($event->isPropagationStopped()) {
					return;
				}
				$listener($event);
			}
		}
	}

	public function dispatchTyped(Event $event): void {
		$this->dispatch(get_class($event), $event);
	}
}
