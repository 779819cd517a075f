<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Service\PrivacyNoticeGate;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkGuestEntry;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\Talk\Events\BeforeGuestJoinedRoomEvent;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IRequest;
use OCP\IURLGenerator;
use OCP\L10N\IFactory;

/**
 * The join guard of the privacy notice: a guest who has not read the current version of the notice of a
 * safe meeting that requires it does not get in. The refusal names the notice page (no dead end): it is an
 * OCS 403 whose message carries the link. Not Talk's "cancel join", which answers 404 and throttles the
 * guest's address as if they were guessing tokens. Browsers never get here: PrivacyNoticeMiddleware sends
 * them to the notice page before Talk's page loads.
 * An e-mail guest who came with their personal link is asked to open that link again instead: the notice
 * page without the link's `email` and `access` would lead on to Talk's password form, not to their invitation.
 *
 * @template-implements IEventListener<BeforeGuestJoinedRoomEvent>
 */
class PrivacyNoticeJoinListener implements IEventListener {
	public function __construct(
		private IRequest $request,
		private PrivacyNoticeGate $gate,
		private IURLGenerator $urlGenerator,
		private IFactory $l10nFactory,
		private TalkLocator $talk,
	) {
	}

	/**
	 * @throws OCSForbiddenException
	 */
	public function handle(Event $event): void {
		$token = TalkGuestEntry::joiningGuestToken($event, $this->request);
		if ($token === null || !$this->gate->mustRead($token)) {
			return;
		}
		$l10n = $this->l10nFactory->get(Application::APP_ID);
		if ($this->cameWithPersonalLink($token)) {
			throw new OCSForbiddenException($l10n->t('Please read the privacy notice of this meeting first: open the personal link from your invitation e-mail again.'));
		}
		$page = $this->urlGenerator->linkToRouteAbsolute('safe_meeting.noticePage.show', ['token' => $token]);
		throw new OCSForbiddenException($l10n->t('Please read the privacy notice of this meeting first: %s', [$page]));
	}

	private function cameWithPersonalLink(string $token): bool {
		try {
			return $this->talk->get(TalkJoins::class)->cameWithPersonalLink($token);
		} catch (TalkUnavailableException) {
			return false;
		}
	}
}
