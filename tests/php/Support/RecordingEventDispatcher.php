<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\EventDispatcher\Event;

/**
 * The working dispatcher, also keeping every event it dispatched for assertions.
 */
class RecordingEventDispatcher extends EventDispatcher {
	/** @var list<Event> */
	public array $events = [];

	public function dispatch(string $eventName, Event $event): void {
		$this->events[] = $event;
		parent::dispatch($eventName, $event);
	}

	/**
	 * @template T of Event
	 * @param class-string<T> $class
	 * @return list<T>
	 */
	public function ofType(string $class): array {
		return array_values(array_filter($this->events, static fn (Event $e): bool => $e instanceof $class));
	}
}
