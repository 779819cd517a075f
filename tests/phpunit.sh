#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Safe Meeting contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Runs the PHP suite against our stubs, then, when the reference tree exists (../shared/reference,
# or SAFE_MEETING_REFERENCE_DIR), once per supported Nextcloud version against its real OCP plus
# Talk 22, with the reference-only tests (testsuite "reference") added. Prints one
# "phpunit (…): N passed, N failed" line per run; skipped and incomplete tests count as failed.
# Exits non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."

reference_dir=${SAFE_MEETING_REFERENCE_DIR:-"$(cd .. && pwd)/shared/reference"}
failed=0
summaries=()

# run <label> <junit file> [phpunit args…]
run() {
	local label=$1 report=$2
	shift 2
	rm -f "$report"
	phpunit --log-junit "$report" "$@" || failed=1
	local line
	line=$(php -r '
		$suite = @simplexml_load_file($argv[1])?->testsuite;
		if ($suite === null) { exit(1); }
		$n = static fn (string $a): int => (int)$suite[$a];
		$bad = $n("failures") + $n("errors") + $n("skipped") + $n("warnings");
		echo $argv[2] . ": " . ($n("tests") - $bad) . " passed, " . $bad . " failed";
	' "$report" "$label") || { line="$label: 0 passed, 1 failed"; failed=1; }
	[[ $line == *" 0 failed" ]] || failed=1
	summaries+=("$line")
}

run "phpunit (stubs)" phpunit-report.xml

if [ -d "$reference_dir" ]; then
	for version in ocp-stable32 ocp-stable33 ocp-stable34 ocp-35-dev; do
		SAFE_MEETING_REFERENCE=$version SAFE_MEETING_REFERENCE_DIR=$reference_dir \
			run "phpunit (OCP ${version//[!0-9]/} + Talk 22)" "phpunit-report-$version.xml" --testsuite unit,reference
	done
else
	echo "No reference tree at $reference_dir: ran the stub suite only."
fi

printf '%s\n' "${summaries[@]}"
exit $failed
