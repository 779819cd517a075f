/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Where a meeting stands in its life, and when its data goes: pure, so the list and tests agree.
 */
import type { RegisteredPlan } from '../policy/validatePlan.ts'

export type Phase = 'running' | 'upcoming' | 'past'
export const PHASES: readonly Phase[] = ['running', 'upcoming', 'past']

/** A call that runs makes a meeting "running" whatever its planned time says. */
export function meetingPhase(plan: Pick<RegisteredPlan, 'start' | 'end'>, callActive: boolean, now: number): Phase {
	if (callActive || (now >= plan.start && now < plan.end)) {
		return 'running'
	}
	return now < plan.start ? 'upcoming' : 'past'
}

/** When the conversation is deleted: the plan's meeting retention, counted from its end (unix seconds). */
export function deletionTime(plan: { end: number, settings: { meetingRetentionDays: number } }): number {
	return plan.end + plan.settings.meetingRetentionDays * 86400
}

/** Running meetings by start, upcoming ones soonest first, past ones most recent first. */
export function byPhaseOrder(phase: Phase): (a: Pick<RegisteredPlan, 'start'>, b: Pick<RegisteredPlan, 'start'>) => number {
	return phase === 'past' ? (a, b) => b.start - a.start : (a, b) => a.start - b.start
}
