#!/usr/bin/env bash
# Gateway overhead: the same Residents read endpoint, loaded by wrk directly and through the YARP gateway.
# Starts Identity, Residents and the gateway from Release builds on their own databases and RabbitMQ vhost,
# prints requests/s and p50/p99 latency for both targets, and writes them to benchmarks/results/gateway.md.
# Settings (environment): DURATION WARMUP THREADS CONNECTIONS BENCH_PATH SKIP_BUILD=1
#                         IDENTITY_PORT RESIDENTS_PORT GATEWAY_PORT
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DURATION=${DURATION:-20}
# Under CPU contention the JIT needs well over 5 s to tier Residents up; a short warm-up flatters whichever
# target is measured second (5 s gave "gateway 1.5x faster than direct").
WARMUP=${WARMUP:-15}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
BENCH_PATH=${BENCH_PATH:-/api/residents/estates}
IDENTITY_PORT=${IDENTITY_PORT:-5311}
RESIDENTS_PORT=${RESIDENTS_PORT:-5312}
GATEWAY_PORT=${GATEWAY_PORT:-5313}
RESULTS_FILE=$ROOT/benchmarks/results/gateway.md

IDENTITY_DB=identity_bench
RESIDENTS_DB=residents_bench
# A vhost of our own: the demo seed publishes ~1900 UnitRegistered events, which must not reach the
# queues of services someone else runs against the same broker.
VHOST=propertycloud_bench
PG_CONN="Host=127.0.0.1;Port=5432;Username=app;Password=app"

PROJECTS=(
  services/Identity/PropertyCloud.Identity.Api
  services/Residents/PropertyCloud.Residents.Api
  gateway/PropertyCloud.Gateway
)

WORK=$(mktemp -d -t gateway-bench.XXXXXX)
PIDS=()
NAMES=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

psql_admin() { PGPASSWORD=app PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U app -d postgres -qtAc "$1" >/dev/null; }

drop_databases() {
  psql_admin "DROP DATABASE IF EXISTS $IDENTITY_DB WITH (FORCE)"
  psql_admin "DROP DATABASE IF EXISTS $RESIDENTS_DB WITH (FORCE)"
}

rabbit_api() { # METHOD PATH [JSON]
  curl -fsS -o /dev/null -u app:app -H 'content-type: application/json' -X "$1" \
    "http://127.0.0.1:15672/api/$2" ${3:+--data "$3"}
}

cleanup() {
  local status=$?
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  drop_databases || log "could not drop the bench databases"
  rabbit_api DELETE "vhosts/$VHOST" 2>/dev/null || true
  if [ "$status" -eq 0 ]; then
    rm -rf "$WORK"
  else
    log "service logs and wrk output kept in $WORK"
  fi
}

ensure_infra() {
  WITH_WRK=1 bash "$ROOT/deploy/local/infra.sh" >&2
  command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
}

build() {
  local project
  for project in "${PROJECTS[@]}"; do
    log "building $project (Release)"
    dotnet build -c Release -nologo -v q "$ROOT/$project" >"$WORK/build.log" 2>&1 \
      || { tail -30 "$WORK/build.log" >&2; die "build of $project failed"; }
  done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Another session on this machine may stop our processes; say so instead of reporting "connection refused".
check_alive() {
  local i
  for i in "${!PIDS[@]}"; do
    kill -0 "${PIDS[$i]}" 2>/dev/null || die "${NAMES[$i]} (pid ${PIDS[$i]}) is no longer running; see $WORK/${NAMES[$i]}.log"
  done
}

start_service() { # NAME PROJECT PORT [VAR=value...]
  local name=$1 project=$2 port=$3
  shift 3
  local dir=$ROOT/$project/bin/Release/net10.0
  local dll
  dll=$(basename "$project").dll
  [ -f "$dir/$dll" ] || die "$dir/$dll is missing; run without SKIP_BUILD"
  port_free "$port" || die "port $port is taken (set ${name^^}_PORT)"
  # The content root must be the output folder, or appsettings.json (the gateway's routes) is not found.
  (cd "$dir" && exec env -u OTEL_EXPORTER_OTLP_ENDPOINT \
      ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" \
      dotnet "$dll" --urls "http://127.0.0.1:$port") >"$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  NAMES+=("$name")
  wait_healthy "$name" "$port" "$pid"
}

wait_healthy() { # NAME PORT PID
  local name=$1 port=$2 pid=$3
  for _ in $(seq 180); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/$name.log" >&2; die "$name exited during start-up"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; then
      log "$name healthy on :$port"
      return
    fi
    sleep 1
  done
  tail -30 "$WORK/$name.log" >&2
  die "$name not healthy on :$port after 180 s"
}

start_services() {
  local identity=http://127.0.0.1:$IDENTITY_PORT
  start_service identity "${PROJECTS[0]}" "$IDENTITY_PORT" \
    "ConnectionStrings__identitydb=$PG_CONN;Database=$IDENTITY_DB" \
    DemoData__Enabled=true
  start_service residents "${PROJECTS[1]}" "$RESIDENTS_PORT" \
    "ConnectionStrings__residentsdb=$PG_CONN;Database=$RESIDENTS_DB" \
    "ConnectionStrings__rabbitmq=amqp://app:app@127.0.0.1:5672/$VHOST" \
    DemoData__Enabled=true \
    "services__identity__http__0=$identity"
  start_service gateway "${PROJECTS[2]}" "$GATEWAY_PORT" \
    "services__identity__http__0=$identity" \
    "services__residents__http__0=http://127.0.0.1:$RESIDENTS_PORT" \
    services__archives__http__0=http://127.0.0.1:1 \
    RateLimiting__PermitsPerSecond=1000000 RateLimiting__Burst=1000000
}

fetch_token() {
  local body
  body=$(curl -fsS -d 'grant_type=password&client_id=propertycloud-cli&username=group_admin&password=Demo@12345' \
    "http://127.0.0.1:$IDENTITY_PORT/connect/token") || die "token request failed"
  TOKEN=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$body")
  [ -n "$TOKEN" ] || die "no access_token in: $body"
}

check_target() { # URL
  local code
  code=$(curl -s -o "$WORK/check.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1")
  [ "$code" = 200 ] || die "GET $1 answered $code: $(head -c 300 "$WORK/check.json")"
}

run_wrk() { # SECONDS URL OUTPUT
  check_alive
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --latency -H "Authorization: Bearer $TOKEN" "$2" >"$3"
  # A run with errors (429s, 401s, 5xx) measures the error path; refuse to report it.
  if grep -qE 'Non-2xx|Socket errors' "$3"; then
    cat "$3" >&2
    die "wrk saw errors against $2"
  fi
}

# Prints "req/s p50_ms p99_ms" from a wrk --latency report.
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /s$/)  return v * 1000
      if (v ~ /m$/)  return v * 60000
      return v + 0
    }
    $1 == "Requests/sec:" { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { if (rps == "" || p50 == "" || p99 == "") exit 1; printf "%s %.2f %.2f\n", rps, p50, p99 }
  ' "$1" || die "could not parse wrk output $1"
}

# Percentage of all cores busy over the next two seconds, from /proc/stat.
cpu_busy_percent() {
  local before after
  before=$(grep '^cpu ' /proc/stat)
  sleep 2
  after=$(grep '^cpu ' /proc/stat)
  awk -v a="$before" -v b="$after" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    for (i = 2; i <= 9; i++) total += y[i] - x[i]   # user..steal; guest time is already in user
    idle = (y[5] + y[6]) - (x[5] + x[6])            # idle + iowait
    printf "%d\n", (total > 0 ? 100 * (total - idle) / total + 0.5 : 0)
  }'
}

machine_summary() {
  local cpu
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  echo "$(nproc) cores, ${cpu:-unknown CPU}, $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)"
}

report() { # DIRECT_FILE GATEWAY_FILE
  local direct gateway
  direct=$(parse_wrk "$1")
  gateway=$(parse_wrk "$2")
  awk -v d="$direct" -v g="$gateway" 'BEGIN {
    split(d, a, " "); split(g, b, " ")
    printf "%-9s %10s %8s %8s\n", "target", "req/s", "p50 ms", "p99 ms"
    printf "%-9s %10.1f %8.2f %8.2f\n", "direct", a[1], a[2], a[3]
    printf "%-9s %10.1f %8.2f %8.2f\n", "gateway", b[1], b[2], b[3]
    printf "ratio gateway/direct: throughput %.2f, added p50 %+.2f ms, added p99 %+.2f ms\n", b[1] / a[1], b[2] - a[2], b[3] - a[3]
  }'
}

write_results() { # TABLE
  local commit
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  git -C "$ROOT" diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
  mkdir -p "$(dirname "$RESULTS_FILE")"
  cat >"$RESULTS_FILE" <<EOF
# Gateway overhead

Produced by \`benchmarks/gateway/run.sh\` (see benchmarks/gateway/README.md).

- Date: $(date -u '+%Y-%m-%d %H:%M UTC')
- Commit: $commit
- Machine: $(machine_summary); $(uname -sr); .NET $(dotnet --list-runtimes | awk '/AspNetCore/ {v=$2} END {print v}')
- Other work on the machine: CPU ${BACKGROUND_CPU}% busy just before the services started
- Request: \`GET $BENCH_PATH\` with a bearer token for \`group_admin\`, directly against Residents and through the gateway
- Load: \`wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency\` per target, after a ${WARMUP} s warm-up of each

\`\`\`
$1
\`\`\`

wrk, the gateway, Residents and PostgreSQL share the machine's $(nproc) cores, so the gateway's own CPU
use comes out of the service's budget: the throughput ratio is a pessimistic bound, not the cost of a
network hop between separate hosts.
EOF
}

main() {
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  ensure_infra
  [ "${SKIP_BUILD:-0}" = 1 ] || build

  drop_databases   # leftovers of an interrupted run would skip the seed's first-run path
  rabbit_api DELETE "vhosts/$VHOST" 2>/dev/null || true
  rabbit_api PUT "vhosts/$VHOST"
  rabbit_api PUT "permissions/$VHOST/app" '{"configure":".*","write":".*","read":".*"}'

  # Sampled before our own processes start, so it shows what else competes for the cores.
  BACKGROUND_CPU=$(cpu_busy_percent)
  if [ "$BACKGROUND_CPU" -gt 20 ]; then
    log "warning: CPU already ${BACKGROUND_CPU}% busy before start-up; other work will skew the figures"
  fi

  start_services
  fetch_token

  local direct=http://127.0.0.1:$RESIDENTS_PORT$BENCH_PATH
  local gateway=http://127.0.0.1:$GATEWAY_PORT$BENCH_PATH
  check_target "$direct"
  check_target "$gateway"

  log "warming up both targets (${WARMUP} s each)"
  run_wrk "$WARMUP" "$direct" "$WORK/warmup-direct.txt"
  run_wrk "$WARMUP" "$gateway" "$WORK/warmup-gateway.txt"

  log "measuring direct: $direct (${DURATION} s)"
  run_wrk "$DURATION" "$direct" "$WORK/direct.txt"
  log "measuring gateway: $gateway (${DURATION} s)"
  run_wrk "$DURATION" "$gateway" "$WORK/gateway.txt"

  check_alive
  local table
  table=$(report "$WORK/direct.txt" "$WORK/gateway.txt")
  echo
  echo "$table"
  echo "note: wrk and all services share $(nproc) cores ($(machine_summary)); CPU ${BACKGROUND_CPU}% busy with other work before start-up"
  write_results "$table"
  log "written to ${RESULTS_FILE#"$ROOT"/} (total ${SECONDS} s)"
}

main "$@"
