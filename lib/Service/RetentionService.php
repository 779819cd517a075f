<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RetentionUnavailableException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Retention\MeetingPlan;
use OCA\SafeMeeting\Retention\Outcome;
use OCA\SafeMeeting\Retention\ReceiptContext;
use OCA\SafeMeeting\Retention\RetentionExecutor;
use OCA\SafeMeeting\Retention\RetentionPlanner;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkResolver;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUser;

/**
 * Retention as a moderator sees it: what goes when (preview), and "purge now". Only moderators of the
 * meeting's Talk room, as Talk says (the same rule as registering), whatever the browser showed.
 */
class RetentionService {
	public function __construct(
		private MeetingMapper $meetings,
		private RetentionPlanner $planner,
		private RetentionExecutor $executor,
		private TalkResolver $talk,
		private ITimeFactory $timeFactory,
	) {
	}

	/**
	 * Everything retention will remove from the meeting, each with the time it goes.
	 *
	 * @throws TalkUnavailableException
	 * @throws RoomNotFoundException not a live safe meeting, or the user is not in its room
	 * @throws NotModeratorException
	 * @throws RetentionUnavailableException
	 */
	public function preview(IUser $user, string $token): MeetingPlan {
		$meeting = $this->moderatedMeeting($user, $token);
		return $this->planOne($meeting, $this->talk->get(TalkRetention::class, $user), RetentionPlanner::MODE_ALL);
	}

	/**
	 * Deletes now what retention would delete later, the conversation included, with receipts naming the user.
	 *
	 * @throws TalkUnavailableException
	 * @throws RoomNotFoundException
	 * @throws NotModeratorException
	 * @throws RetentionUnavailableException
	 */
	public function purge(IUser $user, string $token): Outcome {
		$meeting = $this->moderatedMeeting($user, $token);
		$talk = $this->talk->get(TalkRetention::class, $user);
		$plan = $this->planOne($meeting, $talk, RetentionPlanner::MODE_NOW);
		return $this->executor->execute($plan, $talk, ReceiptContext::user($user->getUID(), $this->timeFactory->getTime()));
	}

	/**
	 * Whether the user moderates the live meeting's room (receipts of a meeting are theirs to read too).
	 */
	public function moderates(IUser $user, string $token): bool {
		try {
			$this->moderatedMeeting($user, $token);
			return true;
		} catch (RoomNotFoundException|NotModeratorException|TalkUnavailableException) {
			return false;
		}
	}

	/**
	 * @throws TalkUnavailableException
	 * @throws RoomNotFoundException
	 * @throws NotModeratorException
	 */
	private function moderatedMeeting(IUser $user, string $token): Meeting {
		if (preg_match(MeetingService::TOKEN_PATTERN, $token) !== 1) {
			throw new RoomNotFoundException();
		}
		try {
			$meeting = $this->meetings->findByToken($token);
		} catch (DoesNotExistException) {
			throw new RoomNotFoundException();
		}
		$room = $this->talk->get(TalkAdapter::class, $user)->getRoomState($token, $user->getUID());
		if ($room === null) {
			throw new RoomNotFoundException();
		}
		if (!$room->moderatedByUser) {
			throw new NotModeratorException();
		}
		return $meeting;
	}

	/**
	 * @throws RetentionUnavailableException
	 */
	private function planOne(Meeting $meeting, TalkRetention $talk, string $mode): MeetingPlan {
		$batch = $this->planner->plan([$meeting], $talk, $this->timeFactory->getTime(), $mode);
		if ($batch->plans === []) {
			throw new RetentionUnavailableException('No retention plan for ' . $meeting->getToken());
		}
		return $batch->plans[0];
	}
}
