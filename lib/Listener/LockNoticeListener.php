<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Service\LockService;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkBot;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IL10N;
use OCP\L10N\IFactory;
use Psr\Log\LoggerInterface;

/**
 * Tells everybody in the meeting's chat what happened, through our bot (where the moderators have it
 * enabled): "Meeting locked by …", "… was admitted". In the server's language, as the chat is shared.
 * A notice that cannot be posted changes nothing about the lock itself.
 *
 * @template-implements IEventListener<MeetingLockChangedEvent>
 */
class LockNoticeListener implements IEventListener {
	public function __construct(
		private TalkLocator $talk,
		private IFactory $l10nFactory,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof MeetingLockChangedEvent) {
			return;
		}
		try {
			$bot = $this->talk->get(TalkBot::class);
			if ($bot->isEnabledIn($event->getToken())) {
				$bot->post($event->getToken(), self::message($event, $this->l10nFactory->get(Application::APP_ID, $this->l10nFactory->findGenericLanguage(Application::APP_ID))));
			}
		} catch (\Throwable $e) {
			$this->logger->warning('Could not post a safe meeting notice into the chat', ['app' => 'safe_meeting', 'token' => $event->getToken(), 'exception' => $e]);
		}
	}

	public static function message(MeetingLockChangedEvent $event, IL10N $l): string {
		$name = $event->getActor()?->displayName ?? '';
		return match ($event->getAction()) {
			MeetingLockChangedEvent::LOCKED => match ($event->getReason()) {
				LockService::REASON_ALL_JOINED => $l->t('🔒 Everyone invited has joined, so the meeting locked itself. Everyone here stays; nobody new can join.'),
				LockService::REASON_MINUTES => $l->t('🔒 The meeting locked itself as planned after the call started. Everyone here stays; nobody new can join.'),
				default => $l->t('🔒 Meeting locked by %s. Everyone here stays; nobody new can join.', [$name]),
			},
			MeetingLockChangedEvent::UNLOCKED => $l->t('🔓 Meeting unlocked by %s.', [$name]),
			MeetingLockChangedEvent::ADMITTED => $event->getAdmittedName() !== ''
				? $l->t('%1$s was admitted by %2$s.', [$event->getAdmittedName(), $name])
				: $l->t('A guest invited by e-mail was admitted by %s.', [$name]),
			MeetingLockChangedEvent::ENDED => $l->t('The call was ended for everyone by %s. The meeting is locked.', [$name]),
			default => '',
		};
	}
}
