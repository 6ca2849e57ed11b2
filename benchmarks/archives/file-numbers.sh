#!/usr/bin/env bash
# Customer files by number (files?fileNumber= / ?fileNumberPrefix=): EXPLAIN ANALYZE of the list's page and count over
# N estates of 4,000 files each (default 50, i.e. 200,000 files), exact number and prefixes, median of 5 runs.
# Usage: benchmarks/archives/file-numbers.sh [estates]
set -euo pipefail
cd "$(dirname "$0")/../.."
estates="${1:-50}"
db="archives_bench_$$"
export PGPASSWORD=app
pg=(psql -h 127.0.0.1 -U app -X -q -v ON_ERROR_STOP=1 -d "$db")
api=services/Archives/PropertyCloud.Archives.Api
config="${CONFIG:-Release}"
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c "$config" "$api" >/dev/null
createdb -h 127.0.0.1 -U app "$db"
trap 'dropdb -h 127.0.0.1 -U app --if-exists "$db"' EXIT
ConnectionStrings__archivesdb="Host=127.0.0.1;Port=5432;Username=app;Password=app;Database=$db" \
  ConnectionStrings__rabbitmq="amqp://app:app@127.0.0.1:5672" DemoData__Enabled=false \
  dotnet "$api/bin/$config/net10.0/PropertyCloud.Archives.Api.dll" --migrate-only >/dev/null 2>&1
# 20 buildings x 2 entrances x 100 units per estate: "7栋-2-1503".
"${pg[@]}" -c "
  INSERT INTO customer_files (id, estate_id, unit_id, file_number, building_code, entrance, floor, unit_number, status, opened_at)
  SELECT gen_random_uuid(), e.id, gen_random_uuid(), b || '栋-' || n || '-' || (f * 100 + u), b || '栋', n::text, f, (f * 100 + u)::text,
         'Open', now()
  FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, $estates)) e, generate_series(1, 20) b, generate_series(1, 2) n,
       generate_series(1, 25) f, generate_series(1, 4) u;
  ANALYZE customer_files;"
estate=$("${pg[@]}" -Atc "SELECT estate_id FROM customer_files LIMIT 1")
echo "$("${pg[@]}" -Atc "SELECT count(*) FROM customer_files") customer files in $estates estates (load $(cut -d' ' -f1-3 /proc/loadavg))"
run() {
  local what="$1" condition="$2" times=() plan
  for sql in "SELECT count(*) FROM customer_files f WHERE f.estate_id = '$estate' AND $condition" \
             "SELECT * FROM customer_files f WHERE f.estate_id = '$estate' AND $condition ORDER BY f.file_number LIMIT 20"; do
    times=()
    for _ in 1 2 3 4 5; do
      plan=$("${pg[@]}" -c "EXPLAIN (ANALYZE, COSTS OFF) $sql")
      times+=("$(grep -oP 'Execution Time: \K[0-9.]+' <<<"$plan")")
    done
    printf '  %-28s %-5s %7.2f ms  %s\n' "$what" "$([[ $sql == SELECT\ count* ]] && echo count || echo page)" \
      "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" \
      "$(grep -oP '(Seq Scan|Index Only Scan|Bitmap Index Scan|Index Scan) (using [a-z_]+ )?on [a-z_]+' <<<"$plan" | paste -sd';' -)"
  done
}
run "exact 7栋-2-1503" "f.file_number = '7栋-2-1503'"
run "prefix 7栋-2-15 (4 files)" "f.file_number LIKE '7栋-2-15%'"
run "prefix 7栋- (200 files)" "f.file_number LIKE '7栋-%'"
run "prefix 1 (2,200 files)" "f.file_number LIKE '1%'"
"${pg[@]}" -c "DROP INDEX ix_customer_files_estate_id_file_number_prefix; ANALYZE customer_files;"
echo "without ix_customer_files_estate_id_file_number_prefix:"
run "prefix 7栋-2-15 (4 files)" "f.file_number LIKE '7栋-2-15%'"
