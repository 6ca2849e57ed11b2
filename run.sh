#!/usr/bin/env bash
# Runs the whole PropertyCloud system: PostgreSQL and RabbitMQ (installed from Debian packages when no container
# runtime works), then the Aspire app host with every service, the gateway, the dashboard and the demo data.
# Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
started_file="$(mktemp)"

stop_what_we_started() {
  if grep -qx rabbitmq "$started_file" 2>/dev/null; then
    rabbitmqctl -q stop >/dev/null 2>&1 || true
    epmd -kill >/dev/null 2>&1 || true   # the Erlang port mapper the broker started
  fi
  if grep -qx postgresql "$started_file" 2>/dev/null; then service postgresql stop >/dev/null 2>&1 || true; fi
  rm -f "$started_file"
}
trap stop_what_we_started EXIT
trap 'exit 130' INT TERM

# Decide where the databases and the broker come from before the app host starts, so it never waits on a dead runtime.
if command -v docker >/dev/null && timeout 10 docker info >/dev/null 2>&1; then
  infra_mode=container
else
  infra_mode=local
  INFRA_STARTED_FILE="$started_file" bash deploy/local/infra.sh
fi

echo "building..."
dotnet build AppHost/PropertyCloud.AppHost.csproj -nologo -v q -clp:ErrorsOnly

cat <<INFO

PropertyCloud is starting (infrastructure: $infra_mode).
  Gateway (API and sign-in):  http://localhost:$GATEWAY_PORT
  Aspire dashboard:           http://localhost:15888  (the login link with its token is printed below)
  RabbitMQ management:        http://localhost:15672  (app / app)
  Demo logins (password Demo@12345, demo mode only):
    group_admin estate_manager front_desk archivist maintenance finance quality surveyor owner tenant
  Try:
    TOKEN=\$(curl -s -d 'grant_type=password&client_id=propertycloud-cli&username=group_admin&password=Demo@12345' \\
      http://localhost:$GATEWAY_PORT/connect/token | grep -o '"access_token": *"[^"]*"' | cut -d'"' -f4)
    curl -H "Authorization: Bearer \$TOKEN" http://localhost:$GATEWAY_PORT/api/residents/estates
Ctrl-C stops everything.

INFO

# Foreground, not exec: Ctrl-C reaches the app host (it stops its services), then the EXIT trap stops the servers.
dotnet run --project AppHost/PropertyCloud.AppHost.csproj --no-build --launch-profile http -- \
  InfraMode="$infra_mode" DemoData:Enabled=true Gateway:Port="$GATEWAY_PORT" || true
