<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Controller;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Exception\NotModeratorException;
use OCA\SafeMeeting\Exception\RetentionUnavailableException;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Retention\MeetingPlan;
use OCA\SafeMeeting\Retention\RetentionItem;
use OCA\SafeMeeting\Service\RetentionService;
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
 * What retention removes from a meeting and when, and "purge now", for the meeting's moderators.
 *
 * @psalm-import-type SafeMeetingRetentionPreview from ResponseDefinitions
 * @psalm-import-type SafeMeetingPurgeResult from ResponseDefinitions
 * @psalm-import-type SafeMeetingError from ResponseDefinitions
 */
class RetentionController extends OCSController {
	/** Purges per user and period (seconds): a moderator purges a few meetings, never dozens a minute. */
	public const PURGE_LIMIT = 10;
	public const PURGE_PERIOD = 600;

	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		private RetentionService $retention,
		private IL10N $l10n,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * What retention will remove from the meeting, and when (moderators)
	 *
	 * @param string $token Talk room token of the safe meeting
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingRetentionPreview, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_INTERNAL_SERVER_ERROR, SafeMeetingError, array{}>
	 *
	 * 200: What goes when
	 * 401: Not logged in
	 * 403: A participant, but not a moderator
	 * 404: No such safe meeting, or the caller is not in its conversation
	 * 412: Nextcloud Talk is not available
	 * 500: The meeting's files could not be checked
	 */
	#[ApiRoute(verb: 'GET', url: '/api/v1/meetings/{token}/retention')]
	#[NoAdminRequired]
	public function preview(string $token): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		try {
			return new DataResponse(self::describe($this->retention->preview($user, $token)));
		} catch (\Exception $e) {
			return $this->failure($e, false);
		}
	}

	/**
	 * Delete now everything retention would delete later, the conversation included (moderators)
	 *
	 * @param string $token Talk room token of the safe meeting
	 * @return DataResponse<Http::STATUS_OK, SafeMeetingPurgeResult, array{}>|DataResponse<Http::STATUS_UNAUTHORIZED|Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_INTERNAL_SERVER_ERROR, SafeMeetingError, array{}>
	 *
	 * 200: Purged; every deletion has a receipt
	 * 401: Not logged in
	 * 403: A participant, but not a moderator
	 * 404: No such safe meeting (or already purged), or the caller is not in its conversation
	 * 412: Nextcloud Talk is not available
	 * 429: Too many purges in a short time (rate limit)
	 * 500: Some items could not be deleted; the conversation is kept, and retention tries again
	 */
	#[ApiRoute(verb: 'POST', url: '/api/v1/meetings/{token}/purge')]
	#[NoAdminRequired]
	#[UserRateLimit(limit: self::PURGE_LIMIT, period: self::PURGE_PERIOD)]
	public function purge(string $token): DataResponse {
		$user = $this->userSession->getUser();
		if ($user === null) {
			return new DataResponse(['message' => $this->l10n->t('Not logged in.')], Http::STATUS_UNAUTHORIZED);
		}
		try {
			$outcome = $this->retention->purge($user, $token);
		} catch (\Exception $e) {
			return $this->failure($e, true);
		}
		if ($outcome->failed > 0) {
			return new DataResponse(['message' => $this->l10n->t('Some items could not be deleted. The conversation is kept, and the next retention run tries again.')], Http::STATUS_INTERNAL_SERVER_ERROR);
		}
		return new DataResponse(['deleted' => $outcome->deleted, 'kept' => $outcome->kept, 'purged' => $outcome->purged]);
	}

	/** @return SafeMeetingRetentionPreview */
	private static function describe(MeetingPlan $plan): array {
		return [
			'token' => $plan->meeting->getToken(),
			'fileRetentionDays' => (int)$plan->rules->fileRetentionDays,
			'meetingRetentionDays' => (int)$plan->rules->meetingRetentionDays,
			'chat' => [
				'messageExpiration' => $plan->chat?->messageExpiration ?? 0,
				'lastActivity' => $plan->chat?->lastActivity,
				'lastMessageGoneAt' => $plan->chat?->lastMessageGoneAt(),
			],
			'items' => array_map(static fn (RetentionItem $item): array => $item->toArray(), $plan->items),
		];
	}

	/**
	 * @return DataResponse<Http::STATUS_FORBIDDEN|Http::STATUS_NOT_FOUND|Http::STATUS_PRECONDITION_FAILED|Http::STATUS_INTERNAL_SERVER_ERROR, SafeMeetingError, array{}>
	 * @throws \Exception anything unexpected, for the framework to log
	 */
	private function failure(\Exception $e, bool $purging): DataResponse {
		[$message, $status] = match (true) {
			$e instanceof TalkUnavailableException => [$this->l10n->t('Nextcloud Talk is not available.'), Http::STATUS_PRECONDITION_FAILED],
			$e instanceof RoomNotFoundException => [$this->l10n->t('Safe meeting not found.'), Http::STATUS_NOT_FOUND],
			$e instanceof NotModeratorException => [$purging
				? $this->l10n->t('Only a moderator of the conversation can purge the meeting.')
				: $this->l10n->t('Only a moderator of the conversation can see what retention deletes.'), Http::STATUS_FORBIDDEN],
			$e instanceof RetentionUnavailableException => [$this->l10n->t('The meeting\'s files could not be checked. Nothing was deleted. Please try again later.'), Http::STATUS_INTERNAL_SERVER_ERROR],
			default => throw $e,
		};
		return new DataResponse(['message' => $message], $status);
	}
}
