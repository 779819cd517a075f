<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Policy\GuestRule;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\Talk\Events\BeforeAttendeesAddedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\IRequest;
use Psr\Log\LoggerInterface;

/**
 * Keeps people without an account on this server (e-mail guests, phone numbers, users of other servers) out
 * of safe meetings whose plan allows no guests, whichever Talk path adds them: TalkRequestGuardMiddleware
 * answers the known endpoints first; this covers the rest, and Talk 24+, where e-mail guests are added
 * without making the room public. A refusal inside Talk's API is answered by the middleware (403 with a
 * message); background paths are never interrupted, only logged.
 *
 * @template-implements IEventListener<BeforeAttendeesAddedEvent>
 */
class OutsideParticipantGuardListener implements IEventListener {
	public function __construct(
		private IRequest $request,
		private RegisteredRoomLookup $rooms,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		$added = TalkAdapter::outsideAttendeesAdded($event);
		if ($added === null) {
			return; // users of this server: no lookup
		}
		$byUser = TalkAdapter::isTalkApiRequest($this->request);
		$context = ['app' => 'safe_meeting', 'token' => $added['token'], 'actorTypes' => $added['actorTypes']];
		try {
			$plan = $this->rooms->planFor($added['token']);
		} catch (RegistryUnavailableException $e) {
			$this->logger->error('Could not check new participants against the safe meeting registry', $context + ['exception' => $e]);
			if ($e->knownRegistered && $byUser) {
				throw TalkRequestRefusedException::unavailable($added['token'], 'new-participant');
			}
			return;
		}
		if ($plan === null || !GuestRule::forbidsGuests($plan)) {
			return;
		}
		if ($byUser) {
			throw new TalkRequestRefusedException($added['token'], 'new-participant', TalkRequestRefusedException::NO_GUESTS);
		}
		$this->logger->warning('People without an account were added to a safe meeting without guests by a background task or another app', $context);
	}
}
