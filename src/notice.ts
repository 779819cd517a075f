/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Entry of the public privacy notice page a guest sees before joining (templates/notice.php).
 */
import { createApp } from 'vue'
import NoticePage from './views/NoticePage.vue'

createApp(NoticePage).mount('#safe_meeting-notice')
