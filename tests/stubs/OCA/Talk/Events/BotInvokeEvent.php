<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\BotInvokeEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

use OCP\EventDispatcher\Event;

class BotInvokeEvent extends Event {
	/** @var list<string> */
	protected array $reactions = [];
	/** @var list<array{message: string, referenceId: string, reply: bool|int, thread: bool, threadTitle: ?string, silent: bool}> */
	protected array $answers = [];

	public function __construct(
		protected string $botUrl,
		protected array $message,
	) {
		parent::__construct();
	}

	public function getBotUrl(): string {
		return $this->botUrl;
	}

	public function getMessage(): array {
		return $this->message;
	}

	public function addReaction(string $emoji): void {
		$this->reactions[] = $emoji;
	}

	/**
	 * @return list<string>
	 */
	public function getReactions(): array {
		return $this->reactions;
	}

	public function addAnswer(string $message, bool|int $reply = false, bool $silent = false, string $referenceId = '', bool $thread = false, ?string $threadTitle = null): void {
		$this->answers[] = [
			'message' => $message,
			'referenceId' => $referenceId,
			'reply' => $reply,
			'thread' => $thread,
			'threadTitle' => $threadTitle,
			'silent' => $silent,
		];
	}

	/**
	 * @return list<array{message: string, referenceId: string, reply: bool|int, thread: bool, threadTitle: ?string, silent: bool}>
	 */
	public function getAnswers(): array {
		return $this->answers;
	}
}
