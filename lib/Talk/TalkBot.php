<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Policy\BotRule;
use OCA\Talk\Chat\ChatManager;
use OCA\Talk\Events\BotInstallEvent;
use OCA\Talk\Events\BotInvokeEvent;
use OCA\Talk\Exceptions\RoomNotFoundException as TalkRoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\Bot;
use OCA\Talk\Model\BotConversation;
use OCA\Talk\Model\BotConversationMapper;
use OCA\Talk\Model\BotServerMapper;
use OCA\Talk\Participant;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;

/**
 * Safe Meeting's own Talk bot, provided by the app itself: Talk calls it in-process (BotInvokeEvent) for
 * the rooms it is enabled in, so it works on every Talk client without any external server. Checked
 * against Talk 22's BotListener, BotService and BotController.
 */
class TalkBot {
	/** The part after the scheme must be the app id: Talk 23.0.4+ hides bots of disabled apps by it. */
	public const URL = BotRule::OWN_BOT_URL;

	private const MODERATOR_TYPES = [Participant::OWNER, Participant::MODERATOR, Participant::GUEST_MODERATOR];
	/** Rich-object types Talk's UserMention gives mentions of somebody who is not a user of this server. */
	private const MENTION_TYPES = ['guest', 'email', 'user-group', 'circle', 'call'];

	public function __construct(
		private BotServerMapper $botServers,
		private BotConversationMapper $botConversations,
		private Manager $manager,
		private ChatManager $chat,
		private ITimeFactory $time,
	) {
	}

	/** Registers (or renames) the bot; Talk keeps one bot per URL and secret. Only "event": no webhook. */
	public static function installEvent(string $name, string $secret, string $description): Event {
		return new BotInstallEvent($name, $secret, self::URL, $description, Bot::FEATURE_EVENT);
	}

	/**
	 * A chat message for our bot, or null for anything else: other bots' invocations, reactions, system
	 * messages, the bot being enabled or disabled.
	 */
	public static function readInvocation(Event $event): ?BotMessage {
		if (!$event instanceof BotInvokeEvent || $event->getBotUrl() !== self::URL) {
			return null;
		}
		$data = $event->getMessage();
		if (($data['type'] ?? null) !== 'Create' || !isset($data['target']['id'], $data['actor']['id'], $data['object']['content'])) {
			return null;
		}
		$content = json_decode((string)$data['object']['content'], true);
		if (!is_array($content) || !is_string($content['message'] ?? null)) {
			return null;
		}
		[$actorType, $actorId] = array_pad(explode('/', (string)$data['actor']['id'], 2), 2, '');
		return new BotMessage(
			token: (string)$data['target']['id'],
			text: self::withMentions($content['message'], is_array($content['parameters'] ?? null) ? $content['parameters'] : []),
			actorType: $actorType,
			actorId: $actorId,
			actorName: (string)($data['actor']['name'] ?? ''),
			fromModerator: in_array((int)($data['actor']['talkParticipantType'] ?? 0), self::MODERATOR_TYPES, true),
		);
	}

	/** Answers the message, as a reply (Talk posts it as the bot once every listener has run). */
	public static function answer(Event $event, string $message): void {
		if ($event instanceof BotInvokeEvent) {
			$event->addAnswer($message, true);
		}
	}

	/** Whether Talk knows our bot at all, enabled or switched off by an admin. */
	public function isInstalled(): bool {
		try {
			$this->botServers->findByUrl(self::URL);
			return true;
		} catch (DoesNotExistException) {
			return false;
		}
	}

	/** The bot's id in Talk (for enabling it in a room), or null when it is not installed or disabled. */
	public function botId(): ?int {
		try {
			$bot = $this->botServers->findByUrl(self::URL);
		} catch (DoesNotExistException) {
			return null;
		}
		return $bot->getState() === Bot::STATE_ENABLED ? (int)$bot->getId() : null;
	}

	/** Whether the room's moderators have the bot enabled (they may switch it off in Talk's settings). */
	public function isEnabledIn(string $token): bool {
		$botId = $this->botId();
		if ($botId === null) {
			return false;
		}
		foreach ($this->botConversations->findForToken($token) as $conversation) {
			/** @var BotConversation $conversation */
			if ((int)$conversation->getBotId() === $botId && $conversation->getState() === Bot::STATE_ENABLED) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Posts a notice into the room's chat as the bot (Talk's own way of posting a bot's answer).
	 *
	 * @throws RoomNotFoundException
	 */
	public function post(string $token, string $message): void {
		try {
			$room = $this->manager->getRoomByToken($token);
		} catch (TalkRoomNotFoundException $e) {
			throw new RoomNotFoundException('Talk room not found', 0, $e);
		}
		$this->chat->sendMessage(
			$room,
			null,
			Attendee::ACTOR_BOTS,
			Attendee::ACTOR_BOT_PREFIX . sha1(self::URL),
			$message,
			$this->time->getDateTime('now', new \DateTimeZone('UTC')),
			rateLimitGuestMentions: false,
		);
	}

	/**
	 * Talk's rich-object placeholders as text: a mention as Talk's quoted mention syntax, `@"carol"` for a
	 * user of this server and `@"type/id"` for anybody else (Talk's UserMention: a user of another server
	 * is a `user` with a `server`; guests, e-mail guests, groups, teams, the whole call), so that a command
	 * can tell who was meant from a name or an address typed as text. Other placeholders as their name.
	 */
	private static function withMentions(string $message, array $parameters): string {
		return (string)preg_replace_callback('/\{([a-z0-9-]+)\}/i', static function (array $match) use ($parameters): string {
			$parameter = $parameters[$match[1]] ?? null;
			if (!is_array($parameter)) {
				return $match[0];
			}
			$type = (string)($parameter['type'] ?? '');
			$id = (string)($parameter['id'] ?? '');
			return match (true) {
				$type === 'user' && !isset($parameter['server']) => '@"' . $id . '"',
				$type === 'user' => '@"federated_user/' . $id . '@' . $parameter['server'] . '"',
				in_array($type, self::MENTION_TYPES, true) => '@"' . $type . '/' . $id . '"',
				default => (string)($parameter['name'] ?? ''),
			};
		}, $message);
	}
}
