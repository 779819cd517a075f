#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Safe Meeting contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Sets up a fresh Debian machine with Node 20 and runs every test: lint, types, Vitest, the build,
# the release tarball's check, Playwright in Debian's Chromium against the sandbox, and PHPUnit
# (tests/phpunit.sh). Prints one "<suite>: N passed, N failed" line per suite and exits non-zero if
# anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
failed=0
fail() { echo "FAILED: $*"; failed=1; }

step "System packages (Debian's Chromium and PHP with PHPUnit; never a downloaded browser)"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v php >/dev/null || missing+=(php-cli)
php -m 2>/dev/null | grep -qi '^pdo_sqlite$' || missing+=(php-sqlite3)
php -m 2>/dev/null | grep -qi '^xml$' || missing+=(php-xml)
php -m 2>/dev/null | grep -qi '^mbstring$' || missing+=(php-mbstring)
command -v phpunit >/dev/null || missing+=(phpunit)
[ -f /usr/share/php/Doctrine/DBAL/autoload.php ] || missing+=(php-doctrine-dbal)
if [ ${#missing[@]} -gt 0 ]; then
	SUDO=$([ "$(id -u)" -eq 0 ] && echo '' || echo sudo)
	$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "apt-get install ${missing[*]} failed"; exit 1; }
fi
echo "ok: $(/usr/bin/chromium --version 2>/dev/null | head -1), $(php -r 'echo "PHP ".PHP_VERSION;'), $(phpunit --version | head -1)"

step "npm packages"
npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }

step "Lint"
npm run --silent lint || fail lint
step "Type check"
npm run --silent typecheck || fail typecheck

step "Vitest"
rm -f vitest-report.json
npx vitest run --reporter=default --reporter=json --outputFile.json=vitest-report.json || fail vitest
node -e 'const r=require("./vitest-report.json");console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' 2>/dev/null || { echo "vitest: 0 passed, 1 failed"; failed=1; }

step "Build"
npm run --silent build >/dev/null || fail build

step "Package (the app-store tarball an admin installs)"
if npx tsx scripts/package.ts; then
	npx tsx tests/package/checkRelease.ts || fail package
else
	echo "package: 0 passed, 1 failed"
	fail package
fi

step "Playwright (Debian Chromium against the sandbox)"
rm -f playwright-report.json
CI=1 npx playwright test || fail playwright
node -e 'const r=require("./playwright-report.json");const s=r.stats;console.log(`playwright: ${s.expected+s.flaky} passed, ${s.unexpected} failed`)' 2>/dev/null || { echo "playwright: 0 passed, 1 failed"; failed=1; }

step "PHPUnit (stubs, then the real OCP of Nextcloud 32–35 with Talk 22 when ../shared/reference exists)"
bash tests/phpunit.sh || fail phpunit

if [ $failed -ne 0 ]; then
	printf '\nSome checks failed.\n'
	exit 1
fi
printf '\nAll checks passed.\n'
