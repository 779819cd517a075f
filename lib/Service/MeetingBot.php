<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Bot\BotCommand;
use OCA\SafeMeeting\Controller\LockController;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\AdmissionRefusedException;
use OCA\SafeMeeting\Talk\BotMessage;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserManager;
use OCP\L10N\IFactory;
use OCP\Security\RateLimiting\ILimiter;
use OCP\Security\RateLimiting\IRateLimitExceededException;
use Psr\Log\LoggerInterface;

/**
 * The bot's side of a chat command: checks who asked, acts, and answers only when there is something
 * to say (refusals, "already locked"); what happened is announced by the notice every lock change posts.
 * Messages that are no command get no answer, and nothing of any message is kept or logged.
 */
class MeetingBot {
	public function __construct(
		private MeetingMapper $meetings,
		private LockService $locks,
		private AdmissionService $admissions,
		private IFactory $l10nFactory,
		private LoggerInterface $logger,
		private ILimiter $limiter,
		private IUserManager $users,
		private IRequest $request,
	) {
	}

	/** The bot's answer to a chat message, or null to stay silent. */
	public function answer(BotMessage $message): ?string {
		$command = BotCommand::parse($message->text);
		if ($command === null) {
			return null;
		}
		$l = $this->l10nFactory->get(Application::APP_ID, $this->l10nFactory->findGenericLanguage(Application::APP_ID));
		try {
			$meeting = $this->meetings->findByToken($message->token);
		} catch (DoesNotExistException) {
			return $l->t('This conversation is not a safe meeting, so there is nothing to lock.');
		}
		if (!$message->fromModerator) {
			return $l->t('Sorry, only moderators can lock, unlock, admit or end this meeting.');
		}
		$actor = new LockActor($message->actorType, $message->actorId, $message->actorName);
		try {
			return match ($command->name) {
				BotCommand::LOCK => $this->locks->lock($meeting, $actor) ? null : $l->t('The meeting is already locked.'),
				BotCommand::UNLOCK => $this->locks->unlock($meeting, $actor) ? null : $l->t('The meeting is not locked.'),
				BotCommand::END => $this->end($meeting, $actor),
				BotCommand::ADMIT => $this->admit($meeting, $actor, $command->argument, $l),
			};
		} catch (\Throwable $e) {
			$this->logger->error('A safe meeting bot command failed', ['app' => 'safe_meeting', 'token' => $message->token, 'command' => $command->name, 'exception' => $e]);
			return $l->t('That did not work. Please try again or use the Safe Meeting app.');
		}
	}

	private function end(Meeting $meeting, LockActor $actor): ?string {
		$this->locks->end($meeting, $actor);
		return null;
	}

	/**
	 * The same limit as admitting through the API (LockController::admit, whose identifier this is, so
	 * both count together): each e-mail admission mails an invitation. Guest moderators count by address.
	 *
	 * @throws IRateLimitExceededException
	 */
	private function countAdmission(LockActor $actor): void {
		$user = $actor->userId() !== '' ? $this->users->get($actor->userId()) : null;
		$identifier = LockController::class . '::admit';
		if ($user !== null) {
			$this->limiter->registerUserRequest($identifier, AdmissionService::ADMIT_LIMIT, AdmissionService::ADMIT_PERIOD, $user);
		} else {
			$this->limiter->registerAnonRequest($identifier, AdmissionService::ADMIT_LIMIT, AdmissionService::ADMIT_PERIOD, $this->request->getRemoteAddress());
		}
	}

	private function admit(Meeting $meeting, LockActor $actor, string $who, IL10N $l): ?string {
		if ($who === '') {
			return $l->t('Whom should I admit? Write /admit followed by a user name or an e-mail address.');
		}
		try {
			$this->countAdmission($actor);
		} catch (IRateLimitExceededException) {
			return $l->t('Too many requests. Please wait a few minutes and try again.');
		}
		try {
			$this->admissions->admitByName($meeting, $actor, $who);
			return null;
		} catch (AdmissionRefusedException $e) {
			return AdmissionMessages::refusal($e, $l);
		}
	}
}
