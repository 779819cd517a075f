<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventDispatcher;

class RecordingEventDispatcher implements IEventDispatcher {
	/** @var list<Event> */
	public array $events = [];

	public function dispatchTyped(Event $event): void {
		$this->events[] = $event;
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
