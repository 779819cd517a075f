<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Service\JoinGuard;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\SafeMeeting\Talk\TalkVeto;
use OCA\Talk\Events\BeforeAttendeesAddedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IRequest;
use Psr\Log\LoggerInterface;

/**
 * While a safe meeting is locked, nobody becomes a new participant (whoever is a participant counts as
 * already in), except a person a moderator admitted. Refused in Talk's API; Talk's other paths (somebody
 * joins an invited Team or is put in an invited group, occ) are never broken: the people they add are
 * marked, and their joins count as a newcomer's while the meeting stays locked.
 *
 * @template-implements IEventListener<BeforeAttendeesAddedEvent>
 */
class AttendeeGuardListener implements IEventListener {
	public function __construct(
		private JoinGuard $guard,
		private IRequest $request,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof BeforeAttendeesAddedEvent) {
			return;
		}
		$token = $event->getRoom()->getToken();
		try {
			$allowed = $this->guard->mayAdd($token, TalkJoins::newAttendees($event));
		} catch (\Throwable $e) {
			$this->logger->error('Could not check new participants of a safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
			$allowed = !RegistryUnavailableException::mayRefuseOn($e);
		}
		if ($allowed) {
			return;
		}
		if (TalkAdapter::isTalkApiRequest($this->request)) {
			TalkVeto::refuseNewParticipants();
		}
		$this->logger->warning('A participant was added to a locked safe meeting outside Talk\'s API', ['app' => 'safe_meeting', 'token' => $token]);
		try {
			$this->guard->markUnadmitted($token, TalkJoins::newAttendees($event));
		} catch (\Throwable $e) {
			$this->logger->error('Could not mark new participants of a locked safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
	}
}
