#!/usr/bin/env bash
# The unit picker's search (GET api/residents/estates/{id}/units?q=...&pageSize=20, UnitSearch + UnitQuery) over an
# estate of 100,000 units (a second estate holds 10,000): EXPLAIN ANALYZE of the page query and of its count, as EF
# writes them, for what staff type. Prints the median of 5 runs and the plan's scans, first without the indexes of
# migration UnitLabelSearch, then with them.
# Usage: benchmarks/residents/unit-search/run.sh   (KEEP_DB=1 keeps the database; SKIP_BUILD=1, CONFIG=Debug)
set -euo pipefail
cd "$(dirname "$0")/../../.."
db="residents_unitsearch_$$"
export PGPASSWORD=app
pg=(psql -h 127.0.0.1 -U app -X -q -v ON_ERROR_STOP=1)
api=services/Residents/PropertyCloud.Residents.Api
config="${CONFIG:-Release}"
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c "$config" "$api" >/dev/null
createdb -h 127.0.0.1 -U app "$db"
[[ "${KEEP_DB:-}" == 1 ]] || trap 'dropdb -h 127.0.0.1 -U app --if-exists "$db"' EXIT
ConnectionStrings__residentsdb="Host=127.0.0.1;Port=5432;Username=app;Password=app;Database=$db" \
  ConnectionStrings__rabbitmq="amqp://app:app@127.0.0.1:5672" DemoData__Enabled=false Logging__LogLevel__Default=Warning \
  dotnet "$api/bin/$config/net10.0/PropertyCloud.Residents.Api.dll" --migrate-only >/dev/null 2>&1
estate=$(cat /proc/sys/kernel/random/uuid); other=$(cat /proc/sys/kernel/random/uuid)
"${pg[@]}" -d "$db" -v estate="$estate" -v other="$other" -f benchmarks/residents/unit-search/seed.sql
"${pg[@]}" -d "$db" -c "VACUUM ANALYZE units"

codes() { echo "ARRAY['$1','$1栋','$1号楼','$1幢','$1座','$1号']"; }
# What is typed, and the filter UnitQuery makes of it.
typed=("(nothing)" "5-1-50" "5栋 1单元 501" "501" "1" "5-1" "1单元" "3室2厅")
filters=(""
  "AND u.building_code = ANY ($(codes 5)) AND u.entrance = '1' AND u.number LIKE '50%' ESCAPE ''"
  "AND u.building_code = ANY ($(codes 5)) AND u.entrance = '1' AND u.number LIKE '501%' ESCAPE ''"
  "AND (u.building_code = ANY ($(codes 501)) OR u.number LIKE '501%' ESCAPE '')"
  "AND (u.building_code = ANY ($(codes 1)) OR u.number LIKE '1%' ESCAPE '')"
  "AND u.building_code = ANY ($(codes 5)) AND (u.entrance LIKE '1%' ESCAPE '' OR u.number LIKE '1%' ESCAPE '')"
  "AND u.entrance = '1'"
  "AND u.search_text ILIKE '%3室2厅%' ESCAPE '\\'")
median() { sort -n | sed -n 3p; }
measure() {
  printf '  %-14s %10s %10s %6s  %s\n' "typed" "page ms" "count ms" "rows" "page plan | count plan"
  for i in "${!typed[@]}"; do
    local where="WHERE u.estate_id = '$estate' ${filters[$i]}" page=() count=() plan cplan
    for _ in 1 2 3 4 5; do
      plan=$("${pg[@]}" -d "$db" -Atc "EXPLAIN ANALYZE SELECT u.id, u.building_code, u.entrance, u.floor, u.number FROM units AS u $where
        ORDER BY length(u.building_code)::int, u.building_code, length(u.entrance)::int, u.entrance, u.floor, length(u.number)::int, u.number, u.id
        LIMIT 20 OFFSET 0")
      cplan=$("${pg[@]}" -d "$db" -Atc "EXPLAIN ANALYZE SELECT count(*) FROM units AS u $where")
      page+=("$(grep -oP 'Execution Time: \K[0-9.]+' <<<"$plan")"); count+=("$(grep -oP 'Execution Time: \K[0-9.]+' <<<"$cplan")")
    done
    printf '  %-14s %10s %10s %6s  %s | %s\n' "${typed[$i]}" "$(printf '%s\n' "${page[@]}" | median)" "$(printf '%s\n' "${count[@]}" | median)" \
      "$(grep -m1 -oP 'Limit.*?actual time=[0-9.]+\.\.[0-9.]+ rows=\K[0-9]+' <<<"$plan")" \
      "$(grep -oP '(Seq Scan|Bitmap Index Scan|Index Only Scan|Index Scan|Incremental Sort|Sort)( using [a-z_]+)?' <<<"$plan" | sort -u | paste -sd';' -)" \
      "$(grep -oP '(Seq Scan|Bitmap Index Scan|Index Only Scan|Index Scan)( using [a-z_]+)?' <<<"$cplan" | sort -u | paste -sd';' -)"
  done
}
echo "100,000 units in the estate searched, 10,000 in another; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "before (without ix_units_label_order and ix_units_estate_id_number_prefix):"
"${pg[@]}" -d "$db" -c "DROP INDEX ix_units_label_order" -c "DROP INDEX ix_units_estate_id_number_prefix" -c "ANALYZE units"
measure
echo "now (the indexes as migration UnitLabelSearch creates them):"
"${pg[@]}" -d "$db" -c "CREATE INDEX ix_units_label_order ON units (estate_id, length(building_code), building_code, length(entrance), entrance, floor, length(number), number, id)" \
  -c "CREATE INDEX ix_units_estate_id_number_prefix ON units (estate_id, number text_pattern_ops)" -c "VACUUM ANALYZE units"
measure
