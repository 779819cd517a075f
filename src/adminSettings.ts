/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Entry of the admin settings page: the organisation policy editor (templates/admin.php).
 */

import { createPinia } from 'pinia'
import { createApp } from 'vue'
import AdminSettings from './views/AdminSettings.vue'
import { useAdminPolicyStore } from './stores/adminPolicy.ts'

const pinia = createPinia()
createApp(AdminSettings).use(pinia).mount('#safe_meeting-admin-settings')
void useAdminPolicyStore(pinia).load()
