<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Db\Receipt;
use OCA\SafeMeeting\Db\ReceiptMapper;
use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkRetention;
use OCP\Share\Exceptions\ShareNotFound;
use OCP\Share\IManager as IShareManager;
use Psr\Log\LoggerInterface;

/**
 * Carries out a meeting's plan and writes a receipt for every deletion.
 *
 * Every step is safe to repeat: what is gone stays gone, and what failed is found again next run (a
 * file whose share is gone waits in the pending table until its file step succeeded). The room goes last, and only when every file step
 * succeeded: Talk's room deletion drops the room shares by SQL, and their files could not be found again.
 */
class RetentionExecutor {
	public function __construct(
		private IShareManager $shareManager,
		private ReceiptMapper $receipts,
		private PendingFileMapper $pendingFiles,
		private RecordingStarterMapper $recordingStarters,
		private MeetingMapper $meetings,
		private RegisteredRoomLookup $registeredRooms,
		private LoggerInterface $logger,
	) {
	}

	public function execute(MeetingPlan $plan, TalkRetention $talk, ReceiptContext $context): Outcome {
		$outcome = new Outcome();
		$token = $plan->meeting->getToken();
		/** @var list<int> $decided files whose fate is settled: no longer pending (RoomShareDeletedListener) */
		$decided = [];
		foreach ($plan->items as $item) {
			// Never act on something that is not due, whatever the plan was made for.
			if ($item->dueAt > $context->now || $item->kind === RetentionItem::KIND_CONVERSATION) {
				continue;
			}
			try {
				match ($item->kind) {
					RetentionItem::KIND_SHARE => $this->removeShare($plan, $item, $context, $outcome),
					RetentionItem::KIND_FILE => $this->removeFile($plan, $item, $context, $outcome),
					default => $this->removeRecording($plan, $item, $context, $outcome),
				};
				if ($item->share !== null && self::decidesFile($item)) {
					$decided[] = $item->share->fileId;
				}
			} catch (\Throwable $e) {
				$outcome->failed++;
				$this->logger->error('Retention could not remove an item of a safe meeting; it is tried again next run', ['app' => 'safe_meeting', 'token' => $token, 'kind' => $item->kind, 'objectId' => $item->objectId, 'exception' => $e]);
			}
		}

		if ($decided !== []) {
			// One write per meeting: the listener remembered every share that went, ours included.
			$this->pendingFiles->forget($token, $decided);
		}

		$conversation = $plan->conversation();
		if ($conversation === null || $conversation->dueAt > $context->now) {
			return $outcome;
		}
		if ($outcome->failed > 0) {
			$this->logger->warning('Retention keeps the conversation of a safe meeting until all its files are handled', ['app' => 'safe_meeting', 'token' => $token]);
			return $outcome;
		}
		try {
			$this->removeConversation($plan, $conversation, $talk, $context, $outcome);
		} catch (\Throwable $e) {
			$outcome->failed++;
			$this->logger->error('Retention could not delete the conversation of a safe meeting; it is tried again next run', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
		return $outcome;
	}

	/** Whether the item settles its file; an earlier share of a file shared again is only unshared. */
	private static function decidesFile(RetentionItem $item): bool {
		return $item->action === RetentionItem::ACTION_DELETE || $item->reason !== null;
	}

	private function removeShare(MeetingPlan $plan, RetentionItem $item, ReceiptContext $context, Outcome $outcome): void {
		/** @var RoomShare $share */
		$share = $item->share;
		// The share first: Talk's provider no longer finds a share whose file is in the trash, so a share
		// left for after its file would stay for good.
		try {
			// onlyValid false: an expired share must not be dropped silently by the share manager itself.
			$this->shareManager->deleteShare($this->shareManager->getShareById($share->fullId(), null, false));
			$this->write($plan, $context, Receipt::KIND_SHARE, $share->fullId(), $share->name(), Receipt::ACTION_DELETED, null);
			$outcome->deleted++;
		} catch (ShareNotFound) {
			// Removed meanwhile by someone else, or its file is gone (core and Talk drop such shares).
		}
		try {
			$this->deleteFileIfDue($plan, $item, $context, $outcome);
		} catch (\Throwable $e) {
			// RoomShareDeletedListener remembered the file; make sure, so the next run finds it again.
			$this->pendingFiles->remember($share);
			throw $e;
		}
		$this->noteKept($plan, $item, $context, $outcome);
	}

	/** A file whose share is already gone: deleted, or noted as left alone. */
	private function removeFile(MeetingPlan $plan, RetentionItem $item, ReceiptContext $context, Outcome $outcome): void {
		$this->deleteFileIfDue($plan, $item, $context, $outcome);
		$this->noteKept($plan, $item, $context, $outcome);
	}

	private function deleteFileIfDue(MeetingPlan $plan, RetentionItem $item, ReceiptContext $context, Outcome $outcome): void {
		if ($item->action !== RetentionItem::ACTION_DELETE || $item->node === null) {
			return;
		}
		$name = $item->node->getName();
		$item->node->delete();
		$this->write($plan, $context, Receipt::KIND_FILE, (string)$item->share?->fileId, $name, Receipt::ACTION_DELETED, null);
		$outcome->deleted++;
	}

	/** A file left alone on purpose is noted once, when its share goes; one that is not there is not "left alone". */
	private function noteKept(MeetingPlan $plan, RetentionItem $item, ReceiptContext $context, Outcome $outcome): void {
		if ($item->action === RetentionItem::ACTION_DELETE || $item->reason === null || $item->reason === KeepReason::MISSING) {
			return;
		}
		/** @var RoomShare $share */
		$share = $item->share;
		// The name the chat showed: the file's own name may say more than its owner chose to share.
		$this->write($plan, $context, Receipt::KIND_FILE, (string)$share->fileId, $share->name(), Receipt::ACTION_KEPT, $item->reason);
		$outcome->kept++;
	}

	private function removeRecording(MeetingPlan $plan, RetentionItem $item, ReceiptContext $context, Outcome $outcome): void {
		// Recordings outside the rule are shown in the preview; noting them here would repeat every run.
		if ($item->action !== RetentionItem::ACTION_DELETE || $item->node === null) {
			return;
		}
		$item->node->delete();
		$this->write($plan, $context, Receipt::KIND_RECORDING, $item->objectId, $item->name, Receipt::ACTION_DELETED, null);
		$outcome->deleted++;
	}

	private function removeConversation(MeetingPlan $plan, RetentionItem $item, TalkRetention $talk, ReceiptContext $context, Outcome $outcome): void {
		$token = $plan->meeting->getToken();
		// A room Talk deleted is gone: its token must not reach a room that may have got it since.
		if ($plan->meeting->getRoomDeletedAt() === null && $talk->deleteRoom($token)) {
			$this->write($plan, $context, Receipt::KIND_CONVERSATION, $token, $item->name, Receipt::ACTION_DELETED, null);
			$outcome->deleted++;
		}
		$this->meetings->markPurged($plan->meeting, $context->now);
		// Every file was handled; what Talk's room deletion left pending (shares of missing files) goes too.
		$this->pendingFiles->forgetMeeting($token);
		$this->recordingStarters->forgetMeeting($token);
		$this->registeredRooms->forget($token);
		$outcome->purged = true;
		$this->logger->info('Retention purged a safe meeting', ['app' => 'safe_meeting', 'token' => $token]);
	}

	private function write(MeetingPlan $plan, ReceiptContext $context, string $kind, string $objectId, string $name, string $action, ?string $reason): void {
		$receipt = new Receipt();
		$receipt->setToken($plan->meeting->getToken());
		$receipt->setOwnerUid($plan->meeting->getOwnerUid());
		$receipt->setKind($kind);
		$receipt->setObjectId($objectId);
		$receipt->setObjectName(mb_substr($name, 0, Receipt::NAME_LENGTH));
		$receipt->setAction($action);
		$receipt->setReason($reason);
		$receipt->setRule($plan->rule);
		$receipt->setActedAt($context->now);
		$receipt->setActorType($context->actorType);
		$receipt->setActorId($context->actorId);
		$this->receipts->insert($receipt);
	}
}
