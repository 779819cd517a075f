<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Config\Lexicon;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Talk\TalkBot;
use OCP\App\IAppManager;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IAppConfig;
use OCP\IUser;
use OCP\L10N\IFactory;
use OCP\Security\ISecureRandom;
use Psr\Log\LoggerInterface;

/**
 * Installs our bot in Talk (Talk's BotInstallEvent, handled by Talk's own BotListener). Talk identifies a
 * bot by URL and secret, so the secret is generated once and kept. It is never uninstalled by the app:
 * Nextcloud runs an app's uninstall steps on every disable, and Talk then unlinks the bot from every
 * conversation, which nothing could restore on enabling again (README).
 */
class BotRegistration {
	public function __construct(
		private IAppConfig $config,
		private ISecureRandom $random,
		private IEventDispatcher $dispatcher,
		private IAppManager $appManager,
		private IFactory $l10nFactory,
		private TalkLocator $talk,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * The bot's id in Talk, for the wizard to enable it in each new safe meeting; registered first when
	 * Talk was enabled after Safe Meeting. Null when Talk is not available to the user, or when an admin
	 * switched the bot off in Talk (then it is not registered again on every page load).
	 */
	public function botId(IUser $user): ?int {
		try {
			$bot = $this->talk->get(TalkBot::class, $user);
		} catch (TalkUnavailableException) {
			return null;
		}
		if (!$bot->isInstalled() && !$this->register()) {
			return null;
		}
		return $bot->botId();
	}

	/**
	 * @return bool whether Talk registered it; false without Talk, and when Talk refused (it refuses a bot
	 *              whose URL it knows under another secret), which must not break the page asking
	 */
	public function register(): bool {
		if (!$this->appManager->isEnabledForAnyone('spreed')) {
			return false;
		}
		// Talk stores one name and description for everybody: the server's language.
		$l = $this->l10nFactory->get(Application::APP_ID, $this->l10nFactory->findGenericLanguage(Application::APP_ID));
		try {
			$this->dispatcher->dispatchTyped(TalkBot::installEvent(
				$l->t('Safe Meeting'),
				$this->secret(),
				$l->t('Announces when a safe meeting is locked or unlocked. Moderators write /lock, /unlock, /admit followed by a user name or e-mail address, or /end.'),
			));
		} catch (\Throwable $e) {
			$this->logger->error('Talk refused to register the Safe Meeting bot', ['app' => Application::APP_ID, 'exception' => $e]);
			return false;
		}
		return true;
	}

	private function secret(): string {
		$secret = $this->config->getValueString(Application::APP_ID, Lexicon::BOT_SECRET, '', true);
		if (strlen($secret) < 40) {
			$secret = $this->random->generate(64, ISecureRandom::CHAR_ALPHANUMERIC);
			$this->config->setValueString(Application::APP_ID, Lexicon::BOT_SECRET, $secret, true, true);
		}
		return $secret;
	}
}
