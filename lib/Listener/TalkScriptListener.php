<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Service\PageAssets;
use OCP\AppFramework\Http\Events\BeforeTemplateRenderedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;


/**
 * Adds our small script to Talk's own page, the way Talk adds its Deck and Maps integrations to theirs:
 * it registers a "Safe meeting controls" message action (talk.md §13.1) and loads the controls only
 * when somebody uses it. Logged-in users only: guests moderate nothing here.
 *
 * @template-implements IEventListener<BeforeTemplateRenderedEvent>
 */
class TalkScriptListener implements IEventListener {
	public function __construct(
		private PageAssets $assets,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof BeforeTemplateRenderedEvent || !$event->isLoggedIn()) {
			return;
		}
		if ($event->getResponse()->getApp() === 'spreed') {
			$this->assets->loadScriptOnly(Application::APP_ID . '-talk');
		}
	}
}
