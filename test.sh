#!/usr/bin/env bash
# Runs every test against real PostgreSQL and RabbitMQ (installed and started from Debian packages when missing).
# Last line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"

bash deploy/local/infra.sh
dotnet build PropertyCloud.sln -nologo -v q -clp:ErrorsOnly

log="$(mktemp)"
status=0
run() { set +e; dotnet test "$@" --no-build -nologo 2>&1 | tee -a "$log"; local s=${PIPESTATUS[0]}; set -e; [ "$s" -eq 0 ] || status=$s; }
# Every suite but those that start the whole platform, two test assemblies at a time; then each platform suite alone,
# because a platform is some twenty processes and two of them at once overwhelm a two-core machine.
without_platform='FullyQualifiedName!~PropertyCloud.EndToEnd.Tests&FullyQualifiedName!~PropertyCloud.Web.BrowserTests'
run PropertyCloud.sln --filter "$without_platform" "$@"
run tests/PropertyCloud.EndToEnd.Tests "$@"
run tests/PropertyCloud.Web.BrowserTests "$@"

# One summary line per test assembly: "Passed!  - Failed:     0, Passed:    16, Skipped:     0, Total: ..."
summary=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d %d %d", p, f, s}')
rm -f "$log"
read -r passed failed skipped <<<"${summary:-0 0 0}"
# A test host that crashed prints no summary line; the exit status still tells.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
