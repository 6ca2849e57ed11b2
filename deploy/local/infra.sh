#!/usr/bin/env bash
# Installs (when missing) and starts PostgreSQL and RabbitMQ from Debian packages, without systemd or Docker.
# Idempotent: a second run only checks that both are up. Prints nothing else on success but one summary line.
set -euo pipefail

need=()
command -v curl            >/dev/null || need+=(curl)
command -v pg_ctlcluster   >/dev/null || need+=(postgresql postgresql-contrib)
command -v rabbitmq-server >/dev/null || need+=(rabbitmq-server)
# Services print their reports to PDF with headless Chromium; Chinese text needs the Noto CJK fonts.
command -v chromium        >/dev/null || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
[ "${WITH_WRK:-0}" = 1 ] && ! command -v wrk >/dev/null && need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} from Debian packages..."
  export LANG=C.UTF-8 LC_ALL=C.UTF-8
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL: Debian's policy-rc.d keeps it from starting on install; `service` works without systemd.
# INFRA_STARTED_FILE (optional) collects what this run started, so run.sh can stop exactly that on Ctrl-C.
started() { [ -n "${INFRA_STARTED_FILE:-}" ] && echo "$1" >> "$INFRA_STARTED_FILE"; return 0; }
pg_lsclusters -h | grep -q online || { service postgresql start >/dev/null; started postgresql; }
for _ in $(seq 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
as_postgres() { su postgres -c "PGOPTIONS=-cclient_min_messages=warning psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
# Every service keeps a small pool, twice over with replicas, and the test suites run several platforms: 100 is too few.
if [ "$(as_postgres "SHOW max_connections")" -lt 400 ]; then
  as_postgres "ALTER SYSTEM SET max_connections = 400"
  service postgresql restart >/dev/null
  for _ in $(seq 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
fi
[ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname='app'")" = 1 ] \
  || as_postgres "CREATE ROLE app LOGIN CREATEDB PASSWORD 'app'"
# Databases are created by the services from template1; make sure it is UTF-8 so pg_trgm indexes Chinese text.
if [ "$(as_postgres "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname='template1'")" != UTF8 ]; then
  as_postgres "UPDATE pg_database SET datistemplate=false WHERE datname='template1'"
  as_postgres "DROP DATABASE template1"
  as_postgres "CREATE DATABASE template1 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0 IS_TEMPLATE true"
fi
# pg_trgm must be created by a superuser once per database; putting it in template1 gives it to every new database.
as_postgres "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null
su postgres -c "PGOPTIONS=-cclient_min_messages=warning psql -qd template1 -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'" >/dev/null

# RabbitMQ: the Debian wrapper switches to the rabbitmq user itself.
rabbitmqctl -q status >/dev/null 2>&1 || { rabbitmq-server -detached; started rabbitmq; }
for _ in $(seq 60); do rabbitmqctl -q await_startup >/dev/null 2>&1 && break; sleep 1; done
rabbitmqctl -q await_startup
rabbitmqctl -q list_users | grep -q '^app\b' || {
  rabbitmqctl -q add_user app app >/dev/null
  rabbitmqctl -q set_user_tags app administrator
  rabbitmqctl -q set_permissions -p / app '.*' '.*' '.*'
}
rabbitmq-plugins -q list -e -m | grep -q '^rabbitmq_management$' || rabbitmq-plugins -q enable rabbitmq_management >/dev/null
for _ in $(seq 30); do curl -fsu app:app http://127.0.0.1:15672/api/overview >/dev/null 2>&1 && break; sleep 1; done
echo "infra ready: PostgreSQL 127.0.0.1:5432 (app/app), RabbitMQ amqp://app:app@127.0.0.1:5672, management http://127.0.0.1:15672"
