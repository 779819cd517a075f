/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ComplianceCriterion } from '../../../src/api/types.ts'

import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import CriterionItem from '../../../src/components/compliance/CriterionItem.vue'

const failing: ComplianceCriterion = {
	criterion: 5,
	title: 'Access protection',
	sources: 'B+D',
	status: 'fails',
	summary: 'Talk lets moderators share guest links without a password.',
	evidence: [{ source: 'spreed.force_passwords', label: 'Talk requires a password for guest links', value: 'no' }],
	fix: { kind: 'action', action: 'force-passwords', label: 'Require passwords for guest links', setting: 'occ config:app:set spreed force_passwords --value=1' },
}

/** The confirmation dialog, loaded on demand when a fix is asked for. */
async function openedDialog(): Promise<Element | null> {
	await vi.waitFor(() => expect(document.body.querySelector('[role="dialog"]')).not.toBeNull(), { timeout: 10_000 })
	return document.body.querySelector('[role="dialog"]')
}

describe('CriterionItem', () => {
	it('shows the status in words, the evidence and the exact setting of the fix', () => {
		const wrapper = mount(CriterionItem, { props: { criterion: failing, busy: false, failure: '' } })
		expect(wrapper.text()).toContain('Criterion 5: Access protection')
		expect(wrapper.text()).toContain('Does not hold')
		expect(wrapper.find('table').text()).toContain('Talk requires a password for guest links')
		expect(wrapper.find('table').text()).toContain('spreed.force_passwords')
		expect(wrapper.text()).toContain('occ config:app:set spreed force_passwords --value=1')
		expect(wrapper.find('[data-fix="force-passwords"]').exists()).toBe(true)
	})

	it('asks before applying a fix and applies it only on confirmation', async () => {
		const wrapper = mount(CriterionItem, { props: { criterion: failing, busy: false, failure: '' }, attachTo: document.body })
		await wrapper.find('[data-fix="force-passwords"]').trigger('click')
		expect(wrapper.emitted('fix')).toBeUndefined()
		const dialog = await openedDialog()
		expect(dialog?.textContent).toContain('written to the audit log')
		const confirm = [...dialog!.querySelectorAll('button')].find((b) => b.textContent?.includes('Require passwords for guest links'))
		confirm!.click()
		await wrapper.vm.$nextTick()
		expect(wrapper.emitted('fix')).toHaveLength(1)
		wrapper.unmount()
	})

	it('links to the admin page for fixes only an admin can make, and shows no fix once it holds', () => {
		const link = mount(CriterionItem, { props: { criterion: { ...failing, fix: { kind: 'link', label: 'Open the Talk settings', url: '/index.php/settings/admin/talk', setting: 'x' } }, busy: false, failure: '' } })
		expect(link.find('a[href="/index.php/settings/admin/talk"]').exists()).toBe(true)
		const holding = mount(CriterionItem, { props: { criterion: { ...failing, status: 'holds' }, busy: false, failure: '' } })
		expect(holding.text()).toContain('Holds')
		expect(holding.find('[data-fix]').exists()).toBe(false)
	})

	it('moves the focus to the criterion when its fix worked, and leaves it alone when the fix failed', async () => {
		const confirmFix = async (wrapper: ReturnType<typeof mount>) => {
			await wrapper.find('[data-fix="force-passwords"]').trigger('click')
			const dialog = (await openedDialog())!
			;[...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Require passwords for guest links'))!.click()
			await wrapper.setProps({ busy: true })
		}
		const worked = mount(CriterionItem, { props: { criterion: failing, busy: false, failure: '' }, attachTo: document.body })
		await confirmFix(worked)
		await worked.setProps({ busy: false, criterion: { ...failing, status: 'holds' } })
		expect(document.activeElement?.textContent?.trim()).toBe('Criterion 5: Access protection')
		worked.unmount()

		const failed = mount(CriterionItem, { props: { criterion: failing, busy: false, failure: '' }, attachTo: document.body })
		await confirmFix(failed)
		await failed.setProps({ busy: false, failure: 'Your password was not confirmed, so nothing was changed.' })
		;(document.activeElement as HTMLElement | null)?.blur()
		// A later "Check again" that finds the criterion holding does not take the focus.
		await failed.setProps({ criterion: { ...failing, status: 'holds' } })
		expect(document.activeElement).toBe(document.body)
		failed.unmount()
	})

	it('shows why the last fix failed', () => {
		const wrapper = mount(CriterionItem, { props: { criterion: failing, busy: false, failure: 'Your password was not confirmed, so nothing was changed.' } })
		expect(wrapper.text()).toContain('Your password was not confirmed')
	})
})
