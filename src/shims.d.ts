/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// The icon package ships .d.vue.ts files its "exports" map does not expose.
declare module 'vue-material-design-icons/*.vue' {
	import type { DefineComponent } from 'vue'
	const component: DefineComponent<{ size?: number, title?: string, fillColor?: string }>
	export default component
}
