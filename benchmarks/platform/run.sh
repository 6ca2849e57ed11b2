#!/usr/bin/env bash
# Platform benchmark: read APIs at realistic sizes, events end to end, outbox relay against raw RabbitMQ publish,
# and each service's peak memory under the read load. Starts Identity, Residents and Archives from Release builds on
# their own databases and RabbitMQ vhost, writes benchmarks/results/platform.md and cleans up.
# Settings (environment): QUICK=1 (small sizes, 10 s phases) UNITS DURATION WARMUP EVENT_SECONDS EVENT_RATES
#                         PUBLISH_COUNT THREADS CONNECTIONS SKIP_BUILD=1 IDENTITY_PORT RESIDENTS_PORT ARCHIVES_PORT
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/benchmarks/platform
if [ "${QUICK:-0}" = 1 ]; then
  UNITS=${UNITS:-20000}; DURATION=${DURATION:-10}; WARMUP=${WARMUP:-5}; EVENT_SECONDS=${EVENT_SECONDS:-10}; PUBLISH_COUNT=${PUBLISH_COUNT:-10000}
else
  UNITS=${UNITS:-100000}; DURATION=${DURATION:-30}; WARMUP=${WARMUP:-15}; EVENT_SECONDS=${EVENT_SECONDS:-60}; PUBLISH_COUNT=${PUBLISH_COUNT:-50000}
fi
EVENT_RATES=${EVENT_RATES:-100 500}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
IDENTITY_PORT=${IDENTITY_PORT:-5321}
RESIDENTS_PORT=${RESIDENTS_PORT:-5322}
ARCHIVES_PORT=${ARCHIVES_PORT:-5323}
RESULTS_FILE=$ROOT/benchmarks/results/platform.md

DATABASES=(identity_pbench residents_pbench archives_pbench)
VHOST=propertycloud_pbench
PG_CONN="Host=127.0.0.1;Port=5432;Username=app;Password=app"
TOOL=$HERE/PropertyCloud.Platform.Benchmark/bin/Release/net10.0/PropertyCloud.Platform.Benchmark.dll

PROJECTS=(
  services/Identity/PropertyCloud.Identity.Api
  services/Residents/PropertyCloud.Residents.Api
  services/Archives/PropertyCloud.Archives.Api
  benchmarks/platform/PropertyCloud.Platform.Benchmark
)

WORK=$(mktemp -d -t platform-bench.XXXXXX)
PIDS=()
NAMES=()
SECTIONS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
psql_admin() { PGPASSWORD=app PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U app -d postgres -qtAc "$1" >/dev/null; }
psql_db() { PGPASSWORD=app PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U app -d "$1" -v ON_ERROR_STOP=1 -qtA "${@:2}"; }
rabbit_api() { curl -fsS -o /dev/null -u app:app -H 'content-type: application/json' -X "$1" "http://127.0.0.1:15672/api/$2" ${3:+--data "$3"}; }

drop_databases() { local db; for db in "${DATABASES[@]}"; do psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"; done; }

cleanup() {
  local status=$? pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  drop_databases || log "could not drop the bench databases"
  rabbit_api DELETE "vhosts/$VHOST" 2>/dev/null || true
  if [ "$status" -eq 0 ]; then rm -rf "$WORK"; else log "service logs and wrk output kept in $WORK"; fi
}

build() {
  local project
  for project in "${PROJECTS[@]}"; do
    log "building $project (Release)"
    dotnet build -c Release -nologo -v q "$ROOT/$project" >"$WORK/build.log" 2>&1 \
      || { grep -E 'error' "$WORK/build.log" | sort -u | head -20 >&2; die "build of $project failed"; }
  done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_alive() {
  local i
  for i in "${!PIDS[@]}"; do
    kill -0 "${PIDS[$i]}" 2>/dev/null || die "${NAMES[$i]} (pid ${PIDS[$i]}) is no longer running; see $WORK/${NAMES[$i]}.log"
  done
}

start_service() { # NAME PROJECT PORT [VAR=value...]
  local name=$1 project=$2 port=$3
  shift 3
  local dir=$ROOT/$project/bin/Release/net10.0 dll
  dll=$(basename "$project").dll
  [ -f "$dir/$dll" ] || die "$dir/$dll is missing; run without SKIP_BUILD"
  port_free "$port" || die "port $port is taken (set ${name^^}_PORT)"
  (cd "$dir" && exec env -u OTEL_EXPORTER_OTLP_ENDPOINT \
      ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" \
      dotnet "$dll" --urls "http://127.0.0.1:$port") >"$WORK/$name.log" 2>&1 &
  PIDS+=("$!")
  NAMES+=("$name")
  local pid=$!
  for _ in $(seq 240); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/$name.log" >&2; die "$name exited during start-up"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; then
      log "$name healthy on :$port (pid $pid)"
      return
    fi
    sleep 1
  done
  tail -30 "$WORK/$name.log" >&2
  die "$name not healthy on :$port after 240 s"
}

start_services() {
  local identity=http://127.0.0.1:$IDENTITY_PORT rabbit="ConnectionStrings__rabbitmq=amqp://app:app@127.0.0.1:5672/$VHOST"
  start_service identity "${PROJECTS[0]}" "$IDENTITY_PORT" \
    "ConnectionStrings__identitydb=$PG_CONN;Database=identity_pbench" DemoData__Enabled=true
  # Archives first, so its queue is bound before Residents' demo seed publishes the demo units.
  start_service archives "${PROJECTS[2]}" "$ARCHIVES_PORT" \
    "ConnectionStrings__archivesdb=$PG_CONN;Database=archives_pbench" "$rabbit" \
    "Archives__DocumentRoot=$WORK/documents" "services__identity__http__0=$identity"
  start_service residents "${PROJECTS[1]}" "$RESIDENTS_PORT" \
    "ConnectionStrings__residentsdb=$PG_CONN;Database=residents_pbench" "$rabbit" \
    DemoData__Enabled=true "services__identity__http__0=$identity"
}

fetch_token() {
  local body
  body=$(curl -fsS -d 'grant_type=password&client_id=propertycloud-cli&username=group_admin&password=Demo@12345' \
    "http://127.0.0.1:$IDENTITY_PORT/connect/token") || die "token request failed"
  TOKEN=$(jq -r .access_token <<<"$body")
  [ -n "$TOKEN" ] && [ "$TOKEN" != null ] || die "no access_token in: $body"
}

seed() {
  log "seeding Residents up to $UNITS units with owners (set-based SQL)"
  local started=$SECONDS summary
  summary=$(psql_db residents_pbench -v units="$UNITS" -f "$HERE/seed.sql" | tail -1)
  SEED_LINE="$summary, seeded in $((SECONDS - started)) s"
  log "$SEED_LINE"
  local base=/api/residents/estates
  psql_db residents_pbench -c "SELECT '$base/' || estate_id || '/units/' || id FROM units ORDER BY random() LIMIT 2000" >"$WORK/unit-detail.paths"
  # Searches as the front desk types them: a whole name, the last six phone digits, a building and unit, a layout.
  psql_db residents_pbench -F $'\t' -c "
    SELECT o.estate_id, q FROM (SELECT * FROM owners ORDER BY random() LIMIT 500) o
    CROSS JOIN LATERAL (VALUES (o.name), (right(o.phone, 6))) v(q)
    UNION ALL
    SELECT u.estate_id, q FROM (SELECT * FROM units ORDER BY random() LIMIT 500) u
    CROSS JOIN LATERAL (VALUES (u.building_code || ' ' || u.number), (u.layout)) v(q)" \
    | jq -Rr --arg base "$base" 'split("\t") | "\($base)/\(.[0])/search?q=\(.[1] | @uri)"' >"$WORK/search.paths"
  echo "/alive" >"$WORK/alive.paths"
}

run_wrk() { # NAME SECONDS PATHS_FILE OUTPUT
  check_alive
  local first code
  first=$(head -1 "$3")
  code=$(curl -s -m 30 -o "$WORK/check.txt" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$RESIDENTS_PORT$first")
  [ "$code" = 200 ] || die "GET $first answered $code: $(head -c 300 "$WORK/check.txt")"
  # A 10 s timeout: on a loaded machine slow answers are part of the figure; wrk's default 2 s drops them.
  WRK_PATHS=$3 WRK_TOKEN=$TOKEN wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 10s --latency -s "$HERE/paths.lua" \
    "http://127.0.0.1:$RESIDENTS_PORT" >"$4"
  # Error answers or broken connections measure the error path; refuse to report them. Timeouts are counted instead.
  if grep -qE 'Non-2xx|Socket errors: connect [1-9]|read [1-9]|write [1-9]' "$4"; then cat "$4" >&2; die "wrk saw errors on $1"; fi
}

parse_wrk() { # prints "req/s p50_ms p99_ms timeouts"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v + 0 }
    $1 == "Requests/sec:" { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    $1 == "Socket" { for (i = 1; i <= NF; i++) if ($i == "timeout") t = $(i + 1) }
    END { if (rps == "" || p99 == "") exit 1; printf "%.1f %.2f %.2f %d\n", rps, p50, p99, t }' "$1" || die "could not parse $1"
}

reads() {
  local name rows=() ceiling
  for name in alive unit-detail search; do
    log "read load $name: warm-up ${WARMUP} s, measure ${DURATION} s"
    run_wrk "$name" "$WARMUP" "$WORK/$name.paths" "$WORK/$name.warmup.txt"
    run_wrk "$name" "$DURATION" "$WORK/$name.paths" "$WORK/$name.txt"
    rows+=("$name $(parse_wrk "$WORK/$name.txt")")
  done
  ceiling=$(awk '{print $2; exit}' <<<"${rows[0]}")
  local table="| endpoint | requests/s | p50 ms | p99 ms | timeouts (>10 s) | ceiling (/alive, req/s) | ratio |"$'\n'"|---|---:|---:|---:|---:|---:|---:|"
  local row
  for row in "${rows[@]:1}"; do
    table+=$'\n'$(awk -v c="$ceiling" '{
      label = ($1 == "unit-detail") ? "unit detail `GET …/units/{id}`" : "resident search `GET …/search?q=`"
      printf "| %s | %.0f | %.1f | %.1f | %d | %.0f | %.2f |", label, $2, $3, $4, $5, c, (c > 0 ? $2 / c : 0) }' <<<"$row")
  done
  local alive_row
  alive_row=$(awk '{printf "| /alive (ceiling) | %.0f | %.1f | %.1f | %d | %.0f | 1.00 |", $2, $3, $4, $5, $2}' <<<"${rows[0]}")
  table+=$'\n'"$alive_row"
  SECTIONS+=("## Read APIs (Residents, $SEED_LINE)"$'\n\n'"wrk \`-t$THREADS -c$CONNECTIONS -d${DURATION}s\` after a ${WARMUP} s warm-up, random paths from 2,000 units / 2,000 searches (names, phone digits, building+unit, layouts), token of group_admin. Ceiling: \`/alive\` of the same process (no auth, no database)."$'\n\n'"$table"$'\n\n'"Not measured yet: bill list (Billing) and repair queue (Repairs) — see benchmarks/platform/README.md.")
}

memory() {
  local table="| service | peak working set (VmHWM) | now (VmRSS) |"$'\n'"|---|---:|---:|" i
  for i in "${!PIDS[@]}"; do
    table+=$'\n'$(awk -v n="${NAMES[$i]}" '/^VmHWM/ {h = $2} /^VmRSS/ {r = $2} END {printf "| %s | %.0f MiB | %.0f MiB |", n, h / 1024, r / 1024}' "/proc/${PIDS[$i]}/status")
  done
  SECTIONS+=("## Memory (after the read load and the event runs)"$'\n\n'"Peak resident set of each service process since start (/proc/<pid>/status VmHWM), Residents holding $UNITS units; .NET server GC defaults."$'\n\n'"$table")
}

events() {
  local rate line table="| offered events/s | sent/s | registered/s | units | failed (4xx/5xx/60 s timeout) | files missing | commit → file p50 ms | p99 ms | commit → published p50 ms | p99 ms |"$'\n'"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for rate in $EVENT_RATES; do
    log "events: $rate/s for ${EVENT_SECONDS} s (UnitRegistered in Residents → customer file in Archives)"
    check_alive
    RESIDENTS_URL=http://127.0.0.1:$RESIDENTS_PORT TOKEN=$TOKEN \
      RESIDENTS_DB="$PG_CONN;Database=residents_pbench" ARCHIVES_DB="$PG_CONN;Database=archives_pbench" \
      dotnet "$TOOL" events "$rate" "$EVENT_SECONDS" | tee "$WORK/events-$rate.txt" >&2 || log "events at $rate/s reported failures"
    line=$(grep '^result: events' "$WORK/events-$rate.txt") || die "no result from the events run at $rate/s"
    table+=$'\n'$(awk '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", $3, $4, $5, $6, $8, $7, $9, $10, $11, $12}' <<<"$line")
  done
  SECTIONS+=("## Events end to end (UnitRegistered: Residents → Archives customer file)"$'\n\n'"Units registered through Residents' API at a steady rate for ${EVENT_SECONDS} s; latency from Residents' registration time to Archives' opened_at (both services' clocks, read from their databases afterwards). \"commit → published\" is the outbox relay's share (outbox sent_at − occurred_at)."$'\n\n'"$table")
}

relay() {
  log "outbox relay: backlog of $PUBLISH_COUNT events; raw publish: $PUBLISH_COUNT messages"
  check_alive
  local relay_line raw_line
  RESIDENTS_DB="$PG_CONN;Database=residents_pbench" dotnet "$TOOL" relay "$PUBLISH_COUNT" | tee "$WORK/relay.txt" >&2 || log "relay run reported failures"
  BENCH_AMQP="amqp://app:app@127.0.0.1:5672/$VHOST" dotnet "$TOOL" publish "$PUBLISH_COUNT" | tee "$WORK/publish.txt" >&2
  relay_line=$(grep '^result: relay' "$WORK/relay.txt") || die "no relay result"
  raw_line=$(grep '^result: raw' "$WORK/publish.txt") || die "no raw publish result"
  local table
  table=$(awk -v r="$relay_line" -v p="$raw_line" 'BEGIN {
    split(r, a, " "); split(p, b, " ")
    print "| figure | events | seconds | events/s | ceiling: raw publish msg/s | ratio |"
    print "|---|---:|---:|---:|---:|---:|"
    printf "| outbox relay (Residents, backlog) | %s | %s | %s | %s | %.2f |", a[4], a[5], a[6], b[6], a[6] / b[6] }')
  SECTIONS+=("## Outbox relay throughput"$'\n\n'"A backlog of $PUBLISH_COUNT outbox rows committed at once, timed until the running Residents relay has published and marked all. Ceiling: RabbitMQ.Client publishing persistent messages of the same size with publisher confirms, 256 in flight, one connection (\`dotnet …Platform.Benchmark.dll publish\`)."$'\n\n'"$table")
}

write_results() {
  mkdir -p "$(dirname "$RESULTS_FILE")"
  {
    echo "<!-- produced by benchmarks/platform/run.sh $(date -u '+%Y-%m-%d %H:%M UTC'), load average at start: $LOAD_AT_START -->"
    local section
    for section in "${SECTIONS[@]}"; do printf '%s\n\n' "$section"; done
  } >"$RESULTS_FILE"
}

main() {
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
  WITH_WRK=1 bash "$ROOT/deploy/local/infra.sh" >&2
  [ "${SKIP_BUILD:-0}" = 1 ] || build
  [ -f "$TOOL" ] || die "$TOOL is missing; run without SKIP_BUILD"
  drop_databases
  rabbit_api DELETE "vhosts/$VHOST" 2>/dev/null || true
  rabbit_api PUT "vhosts/$VHOST"
  rabbit_api PUT "permissions/$VHOST/app" '{"configure":".*","write":".*","read":".*"}'
  start_services
  fetch_token
  seed
  reads
  events
  relay
  memory
  check_alive
  write_results
  log "written to ${RESULTS_FILE#"$ROOT"/} (total ${SECONDS} s)"
}

main "$@"
