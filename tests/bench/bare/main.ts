/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The smallest page an app can have with Nextcloud's layout and a dialog: the yardstick for ours.
 */
import { createApp } from 'vue'
import BarePage from './BarePage.vue'

createApp(BarePage).mount('#bare')
