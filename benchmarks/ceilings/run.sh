#!/usr/bin/env bash
# Ceilings for the bulk benchmarks: what PostgreSQL itself does with the same row counts, no application code.
# Usage: benchmarks/ceilings/run.sh <bill-run units> <import rows> <survey answers> <quality events>
# Prints one line per ceiling: "ceiling <name> <rows> <seconds>". Works in a scratch database it drops afterwards.
set -euo pipefail
UNITS=${1:-100000}
IMPORT_ROWS=${2:-100000}
ANSWERS=${3:-1000000}
EVENTS=${4:-1000000}
DB=ceilings_bench
WORK=$(mktemp -d -t ceilings.XXXXXX)

psql_db() { PGPASSWORD=app PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U app -v ON_ERROR_STOP=1 -qtA "$@"; }
# Autovacuum may be working in the fresh tables; FORCE cannot end a superuser's worker, so try again shortly.
drop_db() {
  local attempt
  for attempt in 1 2 3 4 5; do
    psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 && return 0
    sleep 2
  done
  psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
}
cleanup() { drop_db || true; rm -rf "$WORK"; }
trap cleanup EXIT

# Runs SQL (stdin) against the scratch database and prints the seconds it took, psql start-up included (~10 ms).
timed() {
  local start end
  start=$(date +%s%N)
  psql_db -d "$DB" >/dev/null
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN {printf "%.2f", ns / 1e9}'
}

drop_db
psql_db -d postgres -c "CREATE DATABASE $DB" >/dev/null

# Bill run: the bills alone (one row per unit, keyed and indexed like bills), loaded with COPY from a file written beforehand.
psql_db -d "$DB" <<SQL >/dev/null
CREATE TABLE bills (id uuid PRIMARY KEY, estate_id uuid NOT NULL, unit_id uuid NOT NULL, period text NOT NULL,
  number text NOT NULL, total numeric(12,2) NOT NULL, due_on date NOT NULL, status text NOT NULL, issued_at timestamptz NOT NULL);
CREATE UNIQUE INDEX ON bills (unit_id, period);
\copy (SELECT md5('b' || g)::uuid, md5('estate')::uuid, md5('u' || g)::uuid, '2026-10', 'B202610-' || g, (g % 1000) + 0.5, DATE '2026-11-15', 'Issued', now() FROM generate_series(1, $UNITS) g) TO '$WORK/bills.copy'
SQL
echo "ceiling bill-run-copy $UNITS $(echo "\\copy bills FROM '$WORK/bills.copy'" | timed)"

# Resident import: units and owners rows (one each per CSV row) with COPY into tables with the same trigram index on text.
psql_db -d "$DB" <<SQL >/dev/null
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE units (id uuid PRIMARY KEY, building text NOT NULL, number text NOT NULL, layout text NOT NULL, area numeric(10,2) NOT NULL);
CREATE TABLE owners (id uuid PRIMARY KEY, unit_id uuid NOT NULL, name text NOT NULL, phone text NOT NULL);
CREATE INDEX ON owners USING gin (name gin_trgm_ops);
\copy (SELECT md5('u' || g)::uuid, (g % 50 + 1) || '栋', 'S' || g, '3室2厅1卫', 102.80 FROM generate_series(1, $IMPORT_ROWS) g) TO '$WORK/units.copy'
\copy (SELECT md5('o' || g)::uuid, md5('u' || g)::uuid, '张' || chr(19968 + g % 20000) || chr(19968 + (g * 7) % 20000), '139' || lpad((g % 100000000)::text, 8, '0') FROM generate_series(1, $IMPORT_ROWS) g) TO '$WORK/owners.copy'
SQL
echo "ceiling import-copy $IMPORT_ROWS $(printf '%s\n' "\\copy units FROM '$WORK/units.copy'" "\\copy owners FROM '$WORK/owners.copy'" | timed)"

# Survey indices: the weighted mean of every item per estate and the group, as one SQL aggregate over the answers.
psql_db -d "$DB" <<SQL >/dev/null
CREATE TABLE answers (response_id int NOT NULL, estate int NOT NULL, item int NOT NULL, score int NOT NULL, weight numeric NOT NULL);
INSERT INTO answers SELECT g / 25, (g / 25) % 10, g % 25, 60 + (g::bigint * 7919) % 41, 10 FROM generate_series(0, $ANSWERS - 1) g;
VACUUM ANALYZE answers;
SQL
echo "ceiling survey-aggregate $ANSWERS $(timed <<'SQL'
SELECT estate, item, sum(weight * score) / sum(weight) FROM answers GROUP BY GROUPING SETS ((estate, item), (item));
SQL
)"

# Quality rebuild: the read model's monthly counts per estate and kind, rebuilt from the event rows by one INSERT … SELECT.
psql_db -d "$DB" <<SQL >/dev/null
CREATE TABLE stored_events (position bigint PRIMARY KEY, estate int NOT NULL, kind int NOT NULL, occurred_at timestamptz NOT NULL, minutes int NOT NULL);
INSERT INTO stored_events SELECT g, g % 100, g % 9, TIMESTAMPTZ '2025-11-01' + (g * interval '31 seconds'), g % 720 FROM generate_series(1, $EVENTS) g;
VACUUM ANALYZE stored_events;
CREATE TABLE monthly (estate int, month timestamptz, kind int, events bigint, minutes bigint, PRIMARY KEY (estate, month, kind));
SQL
echo "ceiling quality-aggregate $EVENTS $(timed <<'SQL'
BEGIN;
TRUNCATE monthly;
INSERT INTO monthly SELECT estate, date_trunc('month', occurred_at), kind, count(*), sum(minutes) FROM stored_events GROUP BY 1, 2, 3;
COMMIT;
SQL
)"
