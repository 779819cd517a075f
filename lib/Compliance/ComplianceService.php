<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Compliance\Criteria\AccessProtectionCriterion;
use OCA\SafeMeeting\Compliance\Criteria\BrowserJoinCriterion;
use OCA\SafeMeeting\Compliance\Criteria\BruteForceCriterion;
use OCA\SafeMeeting\Compliance\Criteria\EndToEndEncryptionCriterion;
use OCA\SafeMeeting\Compliance\Criteria\InformationDutyCriterion;
use OCA\SafeMeeting\Compliance\Criteria\LogMinimisationCriterion;
use OCA\SafeMeeting\Compliance\Criteria\ModeratorControlsCriterion;
use OCA\SafeMeeting\Compliance\Criteria\NoMonitoringCriterion;
use OCA\SafeMeeting\Compliance\Criteria\NoTelemetryCriterion;
use OCA\SafeMeeting\Compliance\Criteria\OrganisationalEvidenceCriterion;
use OCA\SafeMeeting\Compliance\Criteria\PhoneDialInCriterion;
use OCA\SafeMeeting\Compliance\Criteria\PrivacyDefaultsCriterion;
use OCA\SafeMeeting\Compliance\Criteria\RecordingCriterion;
use OCA\SafeMeeting\Compliance\Criteria\StorageLimitationCriterion;
use OCA\SafeMeeting\Compliance\Criteria\ThirdCountryCriterion;
use OCA\SafeMeeting\Compliance\Criteria\ThirdPartyHostsCriterion;
use OCA\SafeMeeting\Compliance\Criteria\TransportEncryptionCriterion;
use OCA\SafeMeeting\Compliance\Criteria\WaitingRoomCriterion;
use OCP\IL10N;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * Evaluates the criteria of compliance.md against the server as it is now. One criterion that cannot be
 * read (or breaks) never spoils the others: it is reported as "cannot be read", with the reason.
 */
class ComplianceService {
	/** Number in compliance.md => class; each class is built only when evaluated. */
	public const CRITERIA = [
		1 => ThirdPartyHostsCriterion::class,
		2 => ThirdCountryCriterion::class,
		3 => TransportEncryptionCriterion::class,
		4 => EndToEndEncryptionCriterion::class,
		5 => AccessProtectionCriterion::class,
		6 => BruteForceCriterion::class,
		7 => WaitingRoomCriterion::class,
		8 => ModeratorControlsCriterion::class,
		9 => PrivacyDefaultsCriterion::class,
		10 => RecordingCriterion::class,
		11 => NoMonitoringCriterion::class,
		12 => StorageLimitationCriterion::class,
		13 => LogMinimisationCriterion::class,
		14 => BrowserJoinCriterion::class,
		15 => PhoneDialInCriterion::class,
		16 => InformationDutyCriterion::class,
		17 => NoTelemetryCriterion::class,
		18 => OrganisationalEvidenceCriterion::class,
	];

	public function __construct(
		private ContainerInterface $container,
		private IL10N $l,
		private LoggerInterface $logger,
	) {
	}

	/** @return list<ReportEntry> every criterion, in the order of compliance.md */
	public function report(): array {
		$classes = self::CRITERIA;
		ksort($classes);
		return array_values(array_map(fn (string $class): ReportEntry => $this->run($class), $classes));
	}

	/** One criterion by its number, or null when there is no such criterion. */
	public function evaluate(int $criterion): ?ReportEntry {
		$class = self::CRITERIA[$criterion] ?? null;
		return $class === null ? null : $this->run($class);
	}

	/** The name of a criterion, translated, without evaluating it; null when there is no such criterion. */
	public function title(int $criterion): ?string {
		$class = self::CRITERIA[$criterion] ?? null;
		return $class === null ? null : $this->container->get($class)->title();
	}

	/** @param class-string<Criterion> $class */
	private function run(string $class): ReportEntry {
		/** @var Criterion $criterion */
		$criterion = $this->container->get($class);
		try {
			$result = $criterion->evaluate();
		} catch (UnreadableException $e) {
			$result = CriterionResult::unreadable($this->unreadableSummary($e->source));
		} catch (\Throwable $e) {
			$this->logger->error('A compliance criterion failed', ['app' => 'safe_meeting', 'criterion' => $criterion->id(), 'exception' => $e]);
			$result = CriterionResult::unreadable($this->l->t('This criterion could not be evaluated. The server log has the details.'));
		}
		return new ReportEntry($criterion->id(), $criterion->title(), $criterion->sources(), $result);
	}

	private function unreadableSummary(string $source): string {
		return match ($source) {
			'apps.spreed' => $this->l->t('Talk is not enabled, so its settings cannot be read.'),
			'rooms' => $this->l->t('Talk\'s conversations cannot be read.'),
			default => $this->l->t('The setting %s cannot be read.', [$source]),
		};
	}
}
