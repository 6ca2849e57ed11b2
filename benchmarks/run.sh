#!/usr/bin/env bash
# Runs every benchmark in Release and regenerates benchmarks/RESULTS.md: each figure with its ceiling and the ratio,
# the machine (cores, load average at start), the date and the commit.
# Usage: benchmarks/run.sh [--quick] [--skip-build] [--only bulk|gateway|platform]
#   --quick       small sizes and 10 s phases (about 15 minutes on a loaded 2-core machine); default is the issue's sizes
#   --skip-build  reuse existing Release builds
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
QUICK=0
ONLY=""
export SKIP_BUILD=${SKIP_BUILD:-0}
while [ $# -gt 0 ]; do
  case $1 in
    --quick) QUICK=1 ;;
    --skip-build) SKIP_BUILD=1 ;;
    --only) ONLY=$2; shift ;;
    *) echo "usage: benchmarks/run.sh [--quick] [--skip-build] [--only bulk|gateway|platform]" >&2; exit 2 ;;
  esac
  shift
done
if [ "$QUICK" = 1 ]; then
  UNITS=20000 IMPORT_ROWS=20000 SURVEY_ESTATES=1 EVENTS=100000 MODE=quick
else
  UNITS=100000 IMPORT_ROWS=100000 SURVEY_ESTATES=10 EVENTS=1000000 MODE=full
fi
ANSWERS=$((SURVEY_ESTATES * 100000))   # 40,000 households × 10% sampled × 25 items per estate
RESULTS=$ROOT/benchmarks/RESULTS.md
LOGS=$ROOT/benchmarks/results/logs
mkdir -p "$LOGS"
MARKER=$LOGS/.started
touch "$MARKER"
fresh() { [ -f "$1" ] && [ "$1" -nt "$MARKER" ]; }   # written by this run, not left from an earlier one

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
wanted() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT (working tree with uncommitted changes)"
CORES=$(nproc)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
log "load average at start: $LOAD_AT_START on $CORES cores ($MODE sizes)"
WITH_WRK=1 bash deploy/local/infra.sh >&2

if [ "$SKIP_BUILD" != 1 ] && wanted bulk; then
  for project in benchmarks/billing/PropertyCloud.Billing.Benchmark benchmarks/residents \
                 benchmarks/surveys/PropertyCloud.Surveys.Benchmark benchmarks/quality/PropertyCloud.Quality.Benchmark; do
    log "building $project (Release)"
    # Another session may be half-way through editing a service: say so and go on with the last good build, if any.
    dotnet build -c Release -nologo -v q "$project" >"$LOGS/build.log" 2>&1 \
      || { grep -E ' error ' "$LOGS/build.log" | sort -u | head -5 >&2; log "build of $project failed; its benchmark runs the previous Release build if there is one"; }
  done
fi

# Seconds from a benchmark's log line: the number before " s" on the first line matching PATTERN (last match of FIELD).
seconds_of() { # LOG PATTERN
  grep -m1 -E "$2" "$1" | grep -oE '[0-9][0-9,]*\.[0-9]+ s' | tail -1 | tr -d ', s'
}
min_seconds_of() { # LOG PATTERN: the fastest of several runs
  grep -E "$2" "$1" | sed -E 's/.* in ([0-9.]+) s.*/\1/' | sort -g | head -1
}
row() { # FIGURE ROWS SECONDS CEILING_LABEL CEILING_SECONDS
  awk -v f="$1" -v n="$2" -v s="$3" -v c="$4" -v cs="$5" 'BEGIN {
    if (s == "" || cs == "") { printf "| %s | %s | failed, see benchmarks/results/logs | | | |\n", f, n; exit }
    printf "| %s | %d | %.2f s (%d rows/s) | %s | %.2f s | %.3f |\n", f, n, s, n / s, c, cs, cs / s }'
}

BULK=""
if wanted bulk; then
  log "bulk: PostgreSQL ceilings"
  bash benchmarks/ceilings/run.sh "$UNITS" "$IMPORT_ROWS" "$ANSWERS" "$EVENTS" | tee "$LOGS/ceilings.log" >&2
  ceiling() { awk -v n="$1" '$2 == n {print $4}' "$LOGS/ceilings.log"; }

  log "bulk: bill run of $UNITS units"
  SKIP_BUILD=1 bash benchmarks/billing/run.sh "$UNITS" >"$LOGS/billing.log" 2>&1 || log "billing benchmark failed (see $LOGS/billing.log)"
  log "bulk: resident import of $IMPORT_ROWS rows"
  dotnet benchmarks/residents/bin/Release/net10.0/PropertyCloud.Residents.Benchmarks.dll import "$IMPORT_ROWS" >"$LOGS/residents-import.log" 2>&1 \
    || log "import benchmark failed (see $LOGS/residents-import.log)"
  log "bulk: survey indices over $ANSWERS answers"
  SKIP_BUILD=1 bash benchmarks/surveys/run.sh "$SURVEY_ESTATES" >"$LOGS/surveys.log" 2>&1 || log "surveys benchmark failed (see $LOGS/surveys.log)"
  log "bulk: quality rebuild from $EVENTS events"
  SKIP_BUILD=1 bash benchmarks/quality/run.sh "$EVENTS" >"$LOGS/quality.log" 2>&1 || log "quality benchmark failed (see $LOGS/quality.log)"

  BULK="| figure | rows | time | ceiling | ceiling time | ratio (ceiling / figure) |"$'\n'"|---|---:|---:|---|---:|---:|"$'\n'
  BULK+=$(row "bill run (Billing \`BillRunner\`, bills + lines + ledger + outbox)" "$UNITS" "$(seconds_of "$LOGS/billing.log" '^first run:')" "COPY of the bills alone" "$(ceiling bill-run-copy)")$'\n'
  BULK+=$(row "resident import (CSV upload → job completed)" "$IMPORT_ROWS" "$(grep -m1 '^total ' "$LOGS/residents-import.log" | awk '{print $2}')" "COPY of units + owners (trigram index)" "$(ceiling import-copy)")$'\n'
  BULK+=$(row "survey indices from PostgreSQL (best of 3)" "$ANSWERS" "$(min_seconds_of "$LOGS/surveys.log" '^from PostgreSQL')" "one SQL GROUP BY over the answers" "$(ceiling survey-aggregate)")$'\n'
  BULK+=$(row "quality read-model rebuild" "$EVENTS" "$(seconds_of "$LOGS/quality.log" '^rebuild:')" "one INSERT … SELECT GROUP BY" "$(ceiling quality-aggregate)")
fi

if wanted gateway; then
  log "gateway overhead"
  if [ "$QUICK" = 1 ]; then export DURATION=10 WARMUP=5; fi
  bash benchmarks/gateway/run.sh >"$LOGS/gateway.log" 2>&1 || log "gateway benchmark failed (see $LOGS/gateway.log)"
  unset DURATION WARMUP
fi

if wanted platform; then
  log "platform: read APIs, events, relay, memory"
  QUICK=$QUICK bash benchmarks/platform/run.sh >"$LOGS/platform.log" 2>&1 || log "platform benchmark failed (see $LOGS/platform.log)"
fi

LOAD_AT_END=$(cut -d' ' -f1-3 /proc/loadavg)
BUSY=""
# Busy at either end: other work may start after a quiet start (a run of 35 minutes began at load 0.9 and ended at 104).
# The run's own last phase keeps the cores busy, so at the end only more than twice the cores means other work.
awk -v s="${LOAD_AT_START%% *}" -v e="${LOAD_AT_END%% *}" -v c="$CORES" 'BEGIN {exit !(s > c || e > 2 * c)}' \
  && BUSY=" — **the machine was busy** (load above its $CORES cores at the start, or twice that at the end): figures are pessimistic and noisy, compare ratios rather than absolute figures"
{
  echo "# Benchmark results"
  echo
  echo "Regenerated by \`benchmarks/run.sh$( [ "$QUICK" = 1 ] && echo ' --quick')\` ($MODE sizes). Do not edit by hand."
  echo
  echo "- Date: $STARTED"
  echo "- Commit: $COMMIT"
  echo "- Machine: $CORES cores, ${CPU:-unknown CPU}, $MEM RAM; $(uname -sr); .NET $(dotnet --list-runtimes | awk '/AspNetCore/ {v=$2} END {print v}'); PostgreSQL $(PGPASSWORD=app psql -h 127.0.0.1 -U app -d postgres -tAc 'SHOW server_version' | cut -d' ' -f1)"
  echo "- Load average at start: $LOAD_AT_START (1/5/15 min)$BUSY; at the end: $LOAD_AT_END"
  echo "- Everything (load generator, services, PostgreSQL, RabbitMQ) shares the same cores, so every ratio is a pessimistic bound."
  echo
  if [ -n "$BULK" ]; then
    echo "## Bulk"
    echo
    echo "Existing benchmarks (benchmarks/billing, residents, surveys, quality) against what PostgreSQL alone does with the same rows (benchmarks/ceilings/run.sh). Ratio 1 would mean the application adds nothing to the database's own cost."
    echo
    echo "$BULK"
    echo
  fi
  if wanted gateway && fresh benchmarks/results/gateway.md; then
    echo "## Gateway overhead"
    echo
    sed -n '/^- Request/,$p' benchmarks/results/gateway.md
    echo
  elif wanted gateway; then
    printf '## Gateway overhead\n\nFailed in this run: see benchmarks/results/logs/gateway.log.\n\n'
  fi
  if wanted platform && fresh benchmarks/results/platform.md; then
    cat benchmarks/results/platform.md
  elif wanted platform; then
    printf '## Read APIs, events, relay, memory\n\nFailed in this run: see benchmarks/results/logs/platform.log.\n\n'
  fi
  echo "Logs of this run: benchmarks/results/logs/ (not committed)."
} >"$RESULTS"
log "written ${RESULTS#"$ROOT"/} in ${SECONDS} s"
