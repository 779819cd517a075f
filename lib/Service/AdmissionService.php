<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\Admission;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Exception\AdmissionRefusedException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Policy\GuestRule;
use OCA\SafeMeeting\Talk\TalkModeration;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\IUserManager;

/**
 * Lets one named person into a locked meeting without unlocking it for everybody: a user by user id,
 * or an e-mail guest by address. The admission is one-time and expires: it allows exactly one new
 * participant entry for that person, which this service then asks Talk to make (Talk notifies the user,
 * or mails the guest their personal link). Whoever has an entry is in (README), so they may join.
 */
class AdmissionService {
	/** How many admissions one moderator may make in ADMIT_PERIOD seconds: each e-mail admission mails an invitation. */
	public const ADMIT_LIMIT = 30;
	public const ADMIT_PERIOD = 600;

	/** How long an admission waits to be used (Talk adds the person at once; this covers a slow Talk). */
	public const TTL = 30 * 60;

	public function __construct(
		private AdmissionMapper $admissions,
		private ActorMarkMapper $marks,
		private TalkLocator $talk,
		private IUserManager $users,
		private IEventDispatcher $dispatcher,
		private ITimeFactory $time,
	) {
	}

	/**
	 * Admits whoever the name means, for the bot: a mention of a user of this server (`@"carol"`, as
	 * TalkBot writes Talk's mentions; user ids may contain `@`), else an e-mail address, else a user id
	 * typed as text (also `@carol`). A mention of anybody else (`@"type/id"`: a user of another server, a
	 * guest, a group) is nobody the bot can admit by it.
	 *
	 * @return string how the chat names the person: a user's display name, '' for an e-mail guest
	 * @throws AdmissionRefusedException
	 * @throws TalkUnavailableException
	 * @throws \Throwable whatever Talk threw while adding them; the admission is withdrawn again
	 */
	public function admitByName(Meeting $meeting, LockActor $actor, string $name): string {
		$name = trim($name);
		if (preg_match('/^@"([^"]*)"$/', $name, $mention) === 1) {
			// User ids have no slash: a slash is TalkBot's mark of a mention of somebody else.
			if (str_contains($mention[1], '/')) {
				throw new AdmissionRefusedException(AdmissionRefusedException::UNKNOWN);
			}
			return $this->admitUser($meeting, $actor, $mention[1]);
		}
		$name = ltrim($name, '@');
		return filter_var($name, FILTER_VALIDATE_EMAIL) !== false
			? $this->admitEmail($meeting, $actor, $name)
			: $this->admitUser($meeting, $actor, $name);
	}

	/**
	 * @return string the user's display name
	 * @throws AdmissionRefusedException
	 * @throws TalkUnavailableException
	 * @throws \Throwable whatever Talk threw while adding them; the admission is withdrawn again
	 */
	public function admitUser(Meeting $meeting, LockActor $actor, string $userId): string {
		$user = $userId !== '' ? $this->users->get($userId) : null;
		if ($user === null) {
			throw new AdmissionRefusedException(AdmissionRefusedException::UNKNOWN);
		}
		$addedBy = $actor->userId() !== '' ? $this->users->get($actor->userId()) : null;
		$this->admitOnce($meeting, $actor, Admission::USERS, $user->getUID(), $user->getDisplayName(), static fn (TalkModeration $talk) => $talk->addUser($meeting->getToken(), $user, $addedBy));
		return $user->getDisplayName();
	}

	/**
	 * @return string '' (the chat does not show e-mail addresses)
	 * @throws AdmissionRefusedException
	 * @throws TalkUnavailableException
	 * @throws \Throwable whatever Talk threw while inviting them; the admission is withdrawn again
	 */
	public function admitEmail(Meeting $meeting, LockActor $actor, string $email): string {
		if (filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
			throw new AdmissionRefusedException(AdmissionRefusedException::UNKNOWN);
		}
		if (GuestRule::forbidsGuests($meeting->planArray())) {
			throw new AdmissionRefusedException(AdmissionRefusedException::NO_GUESTS);
		}
		$this->admitOnce($meeting, $actor, Admission::EMAILS, TalkModeration::emailActorId($email), '', static fn (TalkModeration $talk) => $talk->inviteEmail($meeting->getToken(), $email));
		return '';
	}

	/**
	 * Grants the admission, lets Talk add the person (our attendee guard uses the admission up), and
	 * withdraws whatever is left of it.
	 *
	 * @param string $name how the chat may name the person ('' for an e-mail guest)
	 * @param callable(TalkModeration): void $add
	 */
	private function admitOnce(Meeting $meeting, LockActor $actor, string $actorType, string $actorId, string $name, callable $add): void {
		$token = $meeting->getToken();
		$talk = $this->talk->get(TalkModeration::class);
		if ($talk->isParticipant($token, $actorType, $actorId)) {
			// Talk added them while locked outside its API (an invited Team or group): admitting lets them in.
			if ($this->marks->unmark($token, ActorMarkMapper::UNADMITTED, $actorType, $actorId) === 0) {
				throw new AdmissionRefusedException(AdmissionRefusedException::ALREADY_PARTICIPANT);
			}
		} else {
			$this->grantAndAdd($token, $actor, $actorType, $actorId, static fn () => $add($talk));
		}
		// The audit log names users, not e-mail addresses.
		$admitted = $actorType === Admission::USERS ? Admission::USERS . '/' . $actorId : Admission::EMAILS;
		$this->dispatcher->dispatchTyped(new MeetingLockChangedEvent($token, MeetingLockChangedEvent::ADMITTED, $actor, '', $name, $admitted));
	}

	/** @param callable(): void $add */
	private function grantAndAdd(string $token, LockActor $actor, string $actorType, string $actorId, callable $add): void {
		$now = $this->time->getTime();
		$this->admissions->deleteExpired($now);
		$this->admissions->grant($token, $actorType, $actorId, $now + self::TTL, $actor->reference());
		try {
			$add();
		} finally {
			// Used up by the attendee guard, or Talk failed (Talk 22 fires no "before" event for e-mail
			// guests): either way it must not linger.
			$this->admissions->revoke($token, $actorType, $actorId);
		}
	}
}
