<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Exception\AlreadyRegisteredException;
use OCA\SafeMeeting\Exception\InvalidPlanException;
use OCA\SafeMeeting\Exception\MeetingNotFoundException;
use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RoomMismatchException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Exception\RoomStillExistsException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\MeetingListPosition;
use OCA\SafeMeeting\Service\MyMeetingsService;
use OCA\SafeMeeting\Service\MeetingService;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * @psalm-import-type SafeMeetingMeeting from ResponseDefinitions
 * @psalm-import-type SafeMeetingMeetingPage from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class MeetingController extends OCSController {
	/** Registrations per user and period (seconds): far above a person using the wizard, far below a script probing tokens. */
	public const REGISTER_LIMIT = 20;
	public const REGISTER_PERIOD = 600;

	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		private MeetingService $meetingService,
		private ViolationMessages $messages,
		private IL10N $l10n,
		private MyMeetingsService $overview,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Register a Talk room as a safe meeting with its plan
	 *
	 * @param string $token Talk room token
	 * @param array<string, mixed> $plan The meeting plan (RegisteredPlan)
	 * @param string|null $password The guest password the room was created with, for guest meetings; checked, never stored
	 * @return DataResponse<Http::STATUS_CREATED, SafeMeetingMeeting, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_UNAUTHORIZED|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED, SafeMeetingError, array{}>
	 *
	 * 201: Registered
	 * 400: Invalid plan, or the room does not match it
	 * 403: Caller is a participant of the room but not a moderator
	 * 404: Room not found, or the caller is not a participant (the same answer, so tokens cannot be probed)
	 * 409: Room already registered
	 * 412: Nextcloud Talk is not available
	 * 429: Too many registrations in a short time (rate limit)
	 */
	#[ApiRoute(verb: 'POST', url: '/api/v1/meetings')]
	#[NoAdminRequired]
	#[UserRateLimit(limit: self::REGISTER_LIMIT, period: self::REGISTER_PERIOD)]
	public function register(mixed $token = null, mixed $plan = null, #[\SensitiveParameter] mixed $password = null): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		try {
			$meeting = $this->meetingService->register($user, $token, $plan, $password);
		} catch (TalkUnavailableException) {
			return new DataResponse(['message' => $this->l10n->t('Nextcloud Talk is not available.')], Http::STATUS_PRECONDITION_FAILED);
		} catch (InvalidPlanException $e) {
			return new DataResponse([
				'message' => $this->l10n->t('The meeting plan is not valid.'),
				'violations' => $this->messages->violations($e->getViolations()),
			], Http::STATUS_BAD_REQUEST);
		} catch (RoomMismatchException $e) {
			return new DataResponse([
				'message' => $this->l10n->t('The conversation does not match the meeting plan.'),
				'violations' => $this->messages->findings($e->getFindings()),
			], Http::STATUS_BAD_REQUEST);
		} catch (RoomNotFoundException) {
			return new DataResponse(['message' => $this->l10n->t('Conversation not found.')], Http::STATUS_NOT_FOUND);
		} catch (NotModeratorException) {
			return new DataResponse(['message' => $this->l10n->t('Only a moderator of the conversation can register it as a safe meeting.')], Http::STATUS_FORBIDDEN);
		} catch (AlreadyRegisteredException) {
			return new DataResponse(['message' => $this->l10n->t('This conversation is already registered as a safe meeting.')], Http::STATUS_CONFLICT);
		}
		return new DataResponse($meeting->toArray(), Http::STATUS_CREATED);
	}

	/**
	 * List the safe meetings the current user created or moderates, with their conversations as they are now
	 *
	 * Running meetings first, then upcoming ones soonest first, then past ones most recent first, a page
	 * at a time; each entry carries the room's state and the compliance verdict, so no request per meeting
	 * is needed.
	 *
	 * @param string $cursor Where the previous page ended (its nextCursor); empty for the first page
	 * @param int $limit How many meetings to return (1–50)
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingMeetingPage, array{}>|DataResponse<Http::STATUS_BAD_REQUEST|Http::STATUS_UNAUTHORIZED, SafeMeetingError, array{}>
	 *
	 * 200: Meetings
	 * 400: Cursor malformed or limit out of range
	 * 401: Not logged in
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/meetings')]
	#[NoAdminRequired]
	public function list(mixed $cursor = '', mixed $limit = MyMeetingsService::PAGE_SIZE): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		$cursor = is_string($cursor) ? $cursor : null;
		$after = $cursor === null || $cursor === '' ? null : MeetingListPosition::fromCursor($cursor);
		$limit = filter_var($limit, FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => MyMeetingsService::PAGE_SIZE]]);
		if ($cursor === null || ($cursor !== '' && $after === null) || $limit === false) {
			return new DataResponse(['message' => $this->l10n->t('The page position is not valid, or the limit is not between 1 and %s.', [(string)MyMeetingsService::PAGE_SIZE])], Http::STATUS_BAD_REQUEST);
		}
		return new DataResponse($this->overview->page($user, $after, $limit));
	}

	/**
	 * Remove the entry of a safe meeting whose conversation no longer exists
	 *
	 * Only the user who registered it can, and only once Talk has no room with that token: while the
	 * room exists, its entry is what guards it.
	 *
	 * @param string $token Talk room token
	 * @return DataResponse<Http::STATUS_OK, array{token: string}, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED|Http::STATUS_NOT_FOUND|Http::STATUS_CONFLICT|Http::STATUS_PRECONDITION_FAILED, SafeMeetingError, array{}>
	 *
	 * 200: Removed
	 * 401: Not logged in
	 * 404: No safe meeting of the caller has this token
	 * 409: The conversation still exists
	 * 412: Nextcloud Talk is not available, so nobody can tell whether the conversation is gone
	 */
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/meetings/{token}')]
	#[NoAdminRequired]
	public function remove(string $token): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		try {
			$this->meetingService->removeStale($user, $token);
		} catch (MeetingNotFoundException) {
			return new DataResponse(['message' => $this->l10n->t('Safe meeting not found.')], Http::STATUS_NOT_FOUND);
		} catch (RoomStillExistsException) {
			return new DataResponse(['message' => $this->l10n->t('The conversation still exists. Its safe meeting stays registered so that it stays protected.')], Http::STATUS_CONFLICT);
		} catch (TalkUnavailableException) {
			return new DataResponse(['message' => $this->l10n->t('Nextcloud Talk is not available.')], Http::STATUS_PRECONDITION_FAILED);
		}
		return new DataResponse(['token' => $token]);
	}
}
