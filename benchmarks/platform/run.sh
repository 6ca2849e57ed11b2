#!/usr/bin/env bash
# Platform benchmark: read APIs at realistic sizes, events end to end, outbox relay against raw RabbitMQ publish,
# and each service's peak memory under the read load. Starts Identity, Residents, Archives, Billing and Repairs from
# Release builds on their own databases and RabbitMQ vhost, writes benchmarks/results/platform.md and cleans up.
# Settings (environment): QUICK=1 (small sizes, 10 s phases) UNITS DURATION WARMUP EVENT_SECONDS EVENT_RATES
#                         PUBLISH_COUNT THREADS CONNECTIONS SKIP_BUILD=1 IDENTITY_PORT RESIDENTS_PORT ARCHIVES_PORT
#                         BILLING_PORT REPAIRS_PORT
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
BILLING_PORT=${BILLING_PORT:-5324}
REPAIRS_PORT=${REPAIRS_PORT:-5325}
RESULTS_FILE=$ROOT/benchmarks/results/platform.md

DATABASES=(identity_pbench residents_pbench archives_pbench billing_pbench repairs_pbench)
VHOST=propertycloud_pbench
PG_CONN="Host=127.0.0.1;Port=5432;Username=app;Password=app"
TOOL=$HERE/PropertyCloud.Platform.Benchmark/bin/Release/net10.0/PropertyCloud.Platform.Benchmark.dll

PROJECTS=(
  services/Identity/PropertyCloud.Identity.Api
  services/Residents/PropertyCloud.Residents.Api
  services/Archives/PropertyCloud.Archives.Api
  benchmarks/platform/PropertyCloud.Platform.Benchmark
  services/Billing/PropertyCloud.Billing.Api
  services/Repairs/PropertyCloud.Repairs.Api
  benchmarks/billing/PropertyCloud.Billing.Benchmark
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
  bill_run_for_reads
  start_service billing "${PROJECTS[4]}" "$BILLING_PORT" \
    "ConnectionStrings__billingdb=$PG_CONN;Database=billing_pbench" "$rabbit" "services__identity__http__0=$identity"
  # Demo data: twelve orders with their SLA deadlines in each of the 28 demo estates, cloned up to UNITS by seed.
  start_service repairs "${PROJECTS[5]}" "$REPAIRS_PORT" \
    "ConnectionStrings__repairsdb=$PG_CONN;Database=repairs_pbench" "$rabbit" \
    DemoData__Enabled=true "services__identity__http__0=$identity"
}

# One estate of UNITS units bill-run by Billing's own bill-run benchmark (the code behind POST …/bill-runs); its
# BillIssued outbox rows are marked sent so that the service does not relay them during the reads.
bill_run_for_reads() {
  log "bill-running $UNITS units for the bill list (benchmarks/billing)"
  local dir=$ROOT/${PROJECTS[6]}/bin/Release/net10.0
  BENCH_DATABASE=billing_pbench dotnet "$dir/PropertyCloud.Billing.Benchmark.dll" "$UNITS" >"$WORK/bill-run.log" 2>&1 \
    || { tail -20 "$WORK/bill-run.log" >&2; die "bill run for the reads failed"; }
  psql_db billing_pbench -c "UPDATE outbox_messages SET sent_at = now() WHERE sent_at IS NULL; ANALYZE bills, bill_lines, billable_units"
  BILLS_LINE="$(grep -m1 '^first run:' "$WORK/bill-run.log" | grep -oE '[0-9,]+ bills') in one estate"
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
  seed_repair_orders
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
  bill_list_paths
  repair_queue_paths
}

# Every demo order (and its SLA deadlines) copied, opened a minute earlier per copy, until there are about UNITS orders.
seed_repair_orders() {
  local copies
  copies=$(psql_db repairs_pbench -c "SELECT greatest(1, $UNITS / count(*) - 1) FROM repair_orders")
  psql_db repairs_pbench -c "
    CREATE TEMP TABLE clones AS
      SELECT o.id AS source_id, gen_random_uuid() AS id, make_interval(mins => g.n) AS earlier
      FROM repair_orders o CROSS JOIN generate_series(1, $copies) AS g(n);
    INSERT INTO repair_orders SELECT (jsonb_populate_record(o, jsonb_build_object('id', c.id, 'opened_at', o.opened_at - c.earlier))).*
      FROM clones c JOIN repair_orders o ON o.id = c.source_id;
    INSERT INTO sla_deadlines SELECT (jsonb_populate_record(d, jsonb_build_object('repair_order_id', c.id, 'due_at', d.due_at - c.earlier))).*
      FROM clones c JOIN sla_deadlines d ON d.repair_order_id = c.source_id;
    ANALYZE repair_orders, sla_deadlines"
  REPAIRS_LINE="$(psql_db repairs_pbench -c "SELECT count(*) FROM repair_orders") repair orders in $(psql_db repairs_pbench -c "SELECT count(DISTINCT estate_id) FROM repair_orders") estates"
  log "$REPAIRS_LINE"
}

# A finance clerk's bill list: the month's bills a page at a time (first 100 pages), or one unit's bills.
bill_list_paths() {
  local base
  base="/api/billing/estates/$(psql_db billing_pbench -c "SELECT estate_id FROM bills LIMIT 1")/bills"
  psql_db billing_pbench -c "
    SELECT '$base?period=2026-10&page=' || (1 + floor(random() * 100))::int || '&pageSize=20' FROM generate_series(1, 1000)
    UNION ALL (SELECT '$base?unitId=' || unit_id FROM bills ORDER BY random() LIMIT 1000)" >"$WORK/bill-list.paths"
}

# The front desk's repair queue in each estate: all orders, open ones, overdue ones, by urgency, a page at a time.
repair_queue_paths() {
  psql_db repairs_pbench -c "
    SELECT '/api/repairs/estates/' || e.estate_id || '/orders?' || f.filter || 'page=' || p.n || '&pageSize=20'
    FROM (SELECT DISTINCT estate_id FROM repair_orders) e
    CROSS JOIN (VALUES (''), ('status=Open&'), ('overdue=true&'), ('urgency=Emergency&')) AS f(filter)
    CROSS JOIN generate_series(1, 10) AS p(n)" >"$WORK/repair-queue.paths"
}

run_wrk() { # NAME SECONDS PATHS_FILE OUTPUT PORT
  check_alive
  local first code
  first=$(head -1 "$3")
  code=$(curl -s -m 30 -o "$WORK/check.txt" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$5$first")
  [ "$code" = 200 ] || die "GET $first answered $code: $(head -c 300 "$WORK/check.txt")"
  # A 10 s timeout: on a loaded machine slow answers are part of the figure; wrk's default 2 s drops them.
  WRK_PATHS=$3 WRK_TOKEN=$TOKEN wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 10s --latency -s "$HERE/paths.lua" \
    "http://127.0.0.1:$5" >"$4"
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

# NAME PORT LABEL: what the read load hits; the first is the ceiling.
READ_TARGETS=(
  "alive RESIDENTS_PORT /alive (ceiling)"
  "unit-detail RESIDENTS_PORT unit detail \`GET …/units/{id}\` (Residents)"
  "search RESIDENTS_PORT resident search \`GET …/search?q=\` (Residents)"
  "bill-list BILLING_PORT bill list \`GET …/bills?period=&page=\` or \`?unitId=\` (Billing)"
  "repair-queue REPAIRS_PORT repair queue \`GET …/orders?page=\`, by status, overdue or urgency (Repairs)"
)

reads() {
  local target name port label figures ceiling="" table
  table="| endpoint | requests/s | p50 ms | p99 ms | timeouts (>10 s) | ceiling (/alive, req/s) | ratio |"$'\n'"|---|---:|---:|---:|---:|---:|---:|"
  for target in "${READ_TARGETS[@]}"; do
    read -r name port label <<<"$target"
    port=${!port}
    log "read load $name: warm-up ${WARMUP} s, measure ${DURATION} s"
    run_wrk "$name" "$WARMUP" "$WORK/$name.paths" "$WORK/$name.warmup.txt" "$port"
    run_wrk "$name" "$DURATION" "$WORK/$name.paths" "$WORK/$name.txt" "$port"
    figures=$(parse_wrk "$WORK/$name.txt")
    ceiling=${ceiling:-${figures%% *}}
    table+=$'\n'$(awk -v l="$label" -v c="$ceiling" '{
      printf "| %s | %.0f | %.1f | %.1f | %d | %.0f | %.2f |", l, $1, $2, $3, $4, c, (c > 0 ? $1 / c : 0) }' <<<"$figures")
  done
  SECTIONS+=("## Read APIs ($SEED_LINE; $BILLS_LINE; $REPAIRS_LINE)"$'\n\n'"wrk \`-t$THREADS -c$CONNECTIONS -d${DURATION}s\` after a ${WARMUP} s warm-up, token of group_admin, a random path per request: 2,000 units / 2,000 searches (names, phone digits, building+unit, layouts); bill list pages 1–100 of one estate's month or one unit's bills; repair queue pages 1–10 of each estate, unfiltered, open, overdue, emergency. Ceiling: Residents' \`/alive\` (no auth, no database) on the same host."$'\n\n'"$table")
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
