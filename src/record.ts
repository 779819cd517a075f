/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Entry of the printable record of processing activities (templates/record.php).
 */
import { createApp } from 'vue'
import RecordPage from './views/RecordPage.vue'

createApp(RecordPage).mount('#safe_meeting-record')
