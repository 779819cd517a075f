import type { WizardStep } from '../stores/wizard.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describeViolation } from '../l10n/violationTexts.ts'
import { useWizardStore } from '../stores/wizard.ts'

/**
 * The translated problem with one field of a wizard step, '' when there is none or it is not touched yet.
 */
export function useFieldErrors(step: WizardStep) {
	const wizard = useWizardStore()
	return (field: string): string => wizard.violationsFor(step)
		.filter((v) => wizard.touched.includes(v.field.split('.')[0]!))
		.filter((v) => v.field === field || v.field.startsWith(field + '.'))
		.map(describeViolation)
		.join(' ')
}
