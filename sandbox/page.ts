/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Renders the app page and the admin settings page the way Nextcloud does: user and request token
 * in <head>, window.OC and friends, hidden initial-state inputs, one mount point, the built entry.
 */
import type { PageSession } from './session.ts'
import type { SandboxState } from './state.ts'

import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { allCapabilities } from './capabilities.ts'
import { APP_ID, REPO_ROOT } from './config.ts'
import { themeCss } from './theme.ts'
import { USERS } from './users.ts'

export interface PageSpec {
	title: string
	/** id of the mount element inside #content. */
	mount: string
	/** Vite entry name: js/safe_meeting-<entry>.mjs, css/safe_meeting-<entry>.css. */
	entry: string
	/** [app, key, value] triples for the hidden initial-state inputs. */
	initialState: [string, string, unknown][]
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * PHP's json_encode escapes non-ASCII, so atob() in `@nextcloud/initial-state` sees plain ASCII.
 */
export function encodeInitialState(value: unknown): string {
	const json = JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
	return Buffer.from(json, 'ascii').toString('base64')
}

/**
 * Inline script defining the globals core's JS provides before any app script runs.
 */
function globalsScript(session: PageSession, locale: string): string {
	const config = {
		version: '32.0.2.1',
		versionstring: '32.0.2',
		modRewriteWorking: false,
		session_lifetime: 86400,
		session_keepalive: true,
		auto_logout: false,
		enable_avatars: true,
		blacklist_files_regex: '\\.(part|filepart)$',
		forbidden_filename_characters: ['/', '\\'],
		sharing: { enforcePasswordForPublicLink: false, enableLinkPasswordByDefault: false },
	}
	const data = { config, appswebroots: { [APP_ID]: `/apps/${APP_ID}` }, user: session.user, lang: session.lang, locale }
	return `(function (d) {
	var plural = function (form) {
		if (typeof form === 'function') return form;
		var m = /plural\\s*=\\s*([^;]+)/.exec(String(form || ''));
		if (m) { try { var f = new Function('n', 'return Number(' + m[1] + ')'); return function (n) { return f(n); }; } catch (e) {} }
		return function (n) { return n === 1 ? 0 : 1; };
	};
	window._oc_webroot = '';
	window._oc_appswebroots = d.appswebroots;
	window._oc_config = d.config;
	window._oc_isadmin = d.user.isAdmin;
	window._oc_debug = true;
	window.nc_pageLoad = Math.floor(Date.now() / 1000);
	window.nc_lastLogin = window.nc_pageLoad;
	// The sandbox treats password confirmation as given.
	window.backendAllowsPasswordConfirmation = false;
	window._oc_l10n_registry_translations = window._oc_l10n_registry_translations || {};
	window._oc_l10n_registry_plural_functions = window._oc_l10n_registry_plural_functions || {};
	window.oc_current_user = d.user.id;
	window.OC = {
		config: d.config,
		webroot: '',
		appswebroots: d.appswebroots,
		coreApps: ['', 'admin', 'log', 'core/search', 'core', '3rdparty'],
		currentUser: d.user.id,
		getCurrentUser: function () { return { uid: d.user.id, displayName: d.user.displayName }; },
		isUserAdmin: function () { return d.user.isAdmin; },
		getLocale: function () { return d.locale; },
		getLanguage: function () { return d.lang; },
		// As core's OC.filePath: an empty type adds no path segment (Vite's chunk loader passes '').
		filePath: function (app, type, file) { return '/apps/' + app + '/' + (type ? type + '/' : '') + file; },
		linkTo: function (app, file) { return '/apps/' + app + '/' + file; },
		generateUrl: function (url) { return '/index.php' + (url.charAt(0) === '/' ? url : '/' + url); },
		linkToOCS: function (service, version) { return '/ocs/v' + (version || 2) + '.php/' + service + '/'; },
		PasswordConfirmation: { requiresPasswordConfirmation: function () { return false; }, requirePasswordConfirmation: function (cb) { cb(); } },
		L10N: {
			register: function (app, bundle, pluralForm) {
				var reg = window._oc_l10n_registry_translations;
				reg[app] = Object.assign({}, reg[app] || {}, bundle);
				window._oc_l10n_registry_plural_functions[app] = plural(pluralForm);
			},
			translate: function (app, text) { var b = window._oc_l10n_registry_translations[app] || {}; return typeof b[text] === 'string' ? b[text] : text; },
		},
	};
	window.OCA = window.OCA || {};
	window.OCP = window.OCP || {};
})(${JSON.stringify(data)});`
}

function userBar(session: PageSession, path: string): string {
	const links = USERS.map((u) => u.id === session.user.id
		? `<strong>${escapeHtml(u.displayName)}</strong>`
		: `<a href="${escapeHtml(path)}?user=${u.id}">${escapeHtml(u.displayName)}</a>`).join(' ')
	return `<header id="header"><span>Safe Meeting sandbox</span><nav aria-label="Sandbox user">${links}</nav></header>`
}

export function renderPage(state: SandboxState, session: PageSession, spec: PageSpec, baseUrl: string, path: string): string {
	const locale = session.lang === 'en' ? 'en_US' : 'de_DE'
	const l10nFile = resolve(REPO_ROOT, 'l10n', `${session.lang}.js`)
	const l10nScript = session.lang !== 'en' && existsSync(l10nFile) ? `<script src="/apps/${APP_ID}/l10n/${session.lang}.js"></script>\n` : ''
	const states: [string, string, unknown][] = [['core', 'capabilities', allCapabilities(state, baseUrl, session.user)], ...spec.initialState]
	const inputs = states.map(([app, key, value]) => `<input type="hidden" id="initial-state-${app}-${key}" value="${encodeInitialState(value)}">`).join('\n')
	const user = session.user
	return `<!DOCTYPE html>
<html class="ng-csp" lang="${session.lang}" data-locale="${locale}" translate="no">
<head data-user="${escapeHtml(user.id)}" data-user-displayname="${escapeHtml(user.displayName)}" data-requesttoken="${randomBytes(24).toString('base64url')}">
<meta charset="utf-8">
<title>${escapeHtml(spec.title)} - Nextcloud</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
<style>${themeCss(session.theme)}</style>
<script>${globalsScript(session, locale)}</script>
${l10nScript}<link rel="stylesheet" href="/apps/${APP_ID}/css/${APP_ID}-${spec.entry}.css">
<script type="module" src="/apps/${APP_ID}/js/${APP_ID}-${spec.entry}.mjs"></script>
</head>
<body id="body-user" data-themes="${session.theme}">
${inputs}
${userBar(session, path)}
<div id="skip-actions"></div>
<div id="content" class="app-${APP_ID}" role="main"><div id="${spec.mount}"></div></div>
</body>
</html>
`
}

/**
 * Nextcloud's "Access forbidden" page for non-admins on admin settings.
 */
export function renderForbidden(session: PageSession): string {
	return `<!DOCTYPE html>
<html lang="${session.lang}"><head data-user="${escapeHtml(session.user.id)}"><meta charset="utf-8"><title>Access forbidden - Nextcloud</title><style>${themeCss(session.theme)}</style></head>
<body id="body-login" data-themes="${session.theme}"><main id="content"><div><h2>Access forbidden</h2><p>You are not allowed to access this page.</p></div></main></body></html>
`
}
