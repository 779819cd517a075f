<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Service\MeetingBot;
use OCA\SafeMeeting\Talk\TalkBot;
use OCA\Talk\Events\BotInvokeEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * Our bot inside Talk: Talk hands it every chat message of the rooms it is enabled in; it acts on
 * `/lock`, `/unlock`, `/admit <name>` and `/end` and lets everything else pass unread.
 *
 * @template-implements IEventListener<BotInvokeEvent>
 */
class BotCommandListener implements IEventListener {
	public function __construct(
		private MeetingBot $bot,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		$message = TalkBot::readInvocation($event);
		if ($message === null) {
			return;
		}
		try {
			$answer = $this->bot->answer($message);
			if ($answer !== null) {
				TalkBot::answer($event, $answer);
			}
		} catch (\Throwable $e) {
			// Talk is posting a chat message: it must not fail because of the bot.
			$this->logger->error('The safe meeting bot failed', ['app' => 'safe_meeting', 'token' => $message->token, 'exception' => $e]);
		}
	}
}
