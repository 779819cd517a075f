<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\AdmissionRefusedException;
use OCA\SafeMeeting\Exception\EndFailedException;
use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\AdmissionMessages;
use OCA\SafeMeeting\Service\AdmissionService;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Service\LockService;
use OCA\SafeMeeting\Service\ModeratedMeetings;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;

/**
 * Moderators close a running safe meeting without throwing anybody out: lock, unlock, admit one
 * person, end the call. Only moderators of the meeting's Talk room, as Talk says now.
 *
 * @psalm-import-type SafeMeetingLockState from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class LockController extends OCSController {
	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		private ModeratedMeetings $meetings,
		private MeetingMapper $mapper,
		private LockService $locks,
		private AdmissionService $admissions,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Lock a safe meeting: nobody new can join, everybody in stays
	 *
	 * @param string $token Talk room token
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingLockState, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED, SafeMeetingError, array{}>
	 *
	 * 200: Locked (also when it was locked already)
	 * 401: Not logged in
	 * 403: Caller is a participant of the room but not a moderator
	 * 404: Not a safe meeting, or the caller is not a participant
	 * 412: Nextcloud Talk is not available
	 */
	#[ApiRoute(verb: 'POST', url: '/api/v1/meetings/{token}/lock')]
	#[NoAdminRequired]
	public function lock(string $token): DataResponse {
		return $this->moderate($token, function (Meeting $meeting, LockActor $actor): DataResponse {
			$this->locks->lock($meeting, $actor);
			return $this->state($meeting);
		});
	}

	/**
	 * Unlock a safe meeting
	 *
	 * @param string $token Talk room token
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingLockState, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED, SafeMeetingError, array{}>
	 *
	 * 200: Unlocked (also when it was not locked)
	 * 401: Not logged in
	 * 403: Caller is a participant of the room but not a moderator
	 * 404: Not a safe meeting, or the caller is not a participant
	 * 412: Nextcloud Talk is not available
	 */
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/meetings/{token}/lock')]
	#[NoAdminRequired]
	public function unlock(string $token): DataResponse {
		return $this->moderate($token, function (Meeting $meeting, LockActor $actor): DataResponse {
			$this->locks->unlock($meeting, $actor);
			return $this->state($meeting);
		});
	}

	/**
	 * Admit one person into a locked safe meeting: a user, or an e-mail guest (Talk mails their personal link)
	 *
	 * @param string $token Talk room token
	 * @param string|null $userId The user to admit (give this or email)
	 * @param string|null $email The e-mail guest to admit (give this or userId)
	 * @return DataResponse<Http::STATUS_CREATED, array{admittedName: string}, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_UNAUTHORIZED|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_SERVICE_UNAVAILABLE, SafeMeetingError, array{}>
	 *
	 * 201: Admitted: the person is now a participant and can join
	 * 400: Neither a known user nor a valid e-mail address, both or none given, or the meeting allows no guests
	 * 401: Not logged in
	 * 403: Caller is a participant of the room but not a moderator
	 * 404: Not a safe meeting, or the caller is not a participant
	 * 409: The person is a participant already
	 * 412: Nextcloud Talk is not available
	 * 429: Too many admissions in a short time (rate limit)
	 * 503: Talk could not add the person; nobody was admitted
	 */
	#[ApiRoute(verb: 'POST', url: '/api/v1/meetings/{token}/admissions')]
	#[NoAdminRequired]
	#[UserRateLimit(limit: AdmissionService::ADMIT_LIMIT, period: AdmissionService::ADMIT_PERIOD)]
	public function admit(string $token, mixed $userId = null, mixed $email = null): DataResponse {
		return $this->moderate($token, function (Meeting $meeting, LockActor $actor) use ($userId, $email): DataResponse {
			$byUser = is_string($userId) && $userId !== '';
			$byEmail = is_string($email) && $email !== '';
			if ($byUser === $byEmail) {
				return new DataResponse(['message' => $this->l10n->t('Give either a user name or an e-mail address.')], Http::STATUS_BAD_REQUEST);
			}
			try {
				$name = $byUser ? $this->admissions->admitUser($meeting, $actor, $userId) : $this->admissions->admitEmail($meeting, $actor, (string)$email);
			} catch (AdmissionRefusedException $e) {
				$status = $e->reason === AdmissionRefusedException::ALREADY_PARTICIPANT ? Http::STATUS_CONFLICT : Http::STATUS_BAD_REQUEST;
				return new DataResponse(['message' => AdmissionMessages::refusal($e, $this->l10n)], $status);
			} catch (TalkUnavailableException $e) {
				throw $e;
			} catch (\Throwable) {
				return new DataResponse(['message' => $this->l10n->t('Talk could not add this person. Nobody was admitted.')], Http::STATUS_SERVICE_UNAVAILABLE);
			}
			return new DataResponse(['admittedName' => $name], Http::STATUS_CREATED);
		});
	}

	/**
	 * End the call for everyone and lock the meeting; the conversation stays
	 *
	 * @param string $token Talk room token
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingLockState, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_SERVICE_UNAVAILABLE, SafeMeetingError, array{}>
	 *
	 * 200: Call ended and meeting locked
	 * 401: Not logged in
	 * 403: Caller is a participant of the room but not a moderator
	 * 404: Not a safe meeting, or the caller is not a participant
	 * 412: Nextcloud Talk is not available
	 * 503: Talk could not end the call; nothing was changed
	 */
	#[ApiRoute(verb: 'POST', url: '/api/v1/meetings/{token}/end')]
	#[NoAdminRequired]
	public function end(string $token): DataResponse {
		return $this->moderate($token, function (Meeting $meeting, LockActor $actor): DataResponse {
			try {
				$this->locks->end($meeting, $actor);
			} catch (EndFailedException) {
				return new DataResponse(['message' => $this->l10n->t('Talk could not end the call. Nothing was changed.')], Http::STATUS_SERVICE_UNAVAILABLE);
			}
			return $this->state($meeting);
		});
	}

	/**
	 * Runs an action for a moderator of the meeting, answering everybody else as the API documents.
	 *
	 * @param callable(Meeting, LockActor): DataResponse $action
	 */
	private function moderate(string $token, callable $action): DataResponse {
		$user = $this->userSession->getUser();
		if (!$user instanceof IUser) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		try {
			$meeting = $this->meetings->find($user, $token);
			return $action($meeting, LockActor::user($user->getUID(), $user->getDisplayName()));
		} catch (RoomNotFoundException) {
			return new DataResponse(['message' => $this->l10n->t('Safe meeting not found.')], Http::STATUS_NOT_FOUND);
		} catch (NotModeratorException) {
			return new DataResponse(['message' => $this->l10n->t('Only moderators of this meeting can do this.')], Http::STATUS_FORBIDDEN);
		} catch (TalkUnavailableException) {
			return new DataResponse(['message' => $this->l10n->t('Nextcloud Talk is not available.')], Http::STATUS_PRECONDITION_FAILED);
		}
	}

	/** The lock state as stored now (after the change). */
	private function state(Meeting $meeting): DataResponse {
		return new DataResponse($this->mapper->findByToken($meeting->getToken())->lockState());
	}
}
