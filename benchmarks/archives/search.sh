#!/usr/bin/env bash
# Archives full-text search over N documents per estate (default 50,000; a second estate holds as many): EXPLAIN ANALYZE
# of SearchApi's query before (query-before.sql, without the indexes of migration SearchIndexes) and now (query.sql, with
# the GIN index on to_tsvector('simple', search_text) and documents (estate_id, filed_at)). Prints the median execution
# time of 5 runs per term, the hits and the plan's scans.
# Usage: benchmarks/archives/search.sh [documents]   (KEEP_DB=1 keeps the database for a look afterwards)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-50000}"
db="archives_bench_$$"
export PGPASSWORD=app
pg=(psql -h 127.0.0.1 -U app -X -q -v ON_ERROR_STOP=1)
api=services/Archives/PropertyCloud.Archives.Api
config="${CONFIG:-Release}"
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c "$config" "$api" >/dev/null
createdb -h 127.0.0.1 -U app "$db"
[[ "${KEEP_DB:-}" == 1 ]] || trap 'dropdb -h 127.0.0.1 -U app --if-exists "$db"' EXIT
ConnectionStrings__archivesdb="Host=127.0.0.1;Port=5432;Username=app;Password=app;Database=$db" \
  ConnectionStrings__rabbitmq="amqp://app:app@127.0.0.1:5672" DemoData__Enabled=false Logging__LogLevel__Default=Warning \
  dotnet "$api/bin/$config/net10.0/PropertyCloud.Archives.Api.dll" --migrate-only >/dev/null 2>&1
estate=$(cat /proc/sys/kernel/random/uuid); other=$(cat /proc/sys/kernel/random/uuid)
start=$(date +%s.%N)
"${pg[@]}" -d "$db" -v n="$n" -v estate="$estate" -v other="$other" -f benchmarks/archives/seed.sql
printf 'seeded %s documents in each of 2 estates in %.1f s (load %s)\n' "$n" "$(echo "$(date +%s.%N) - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# Frequent (two characters, six characters, two Latin words), rare, absent, and absent in two characters (no trigram).
terms=("漏水" "电梯年检证书" "water meter" "5栋-3-1335" "找不到的词" "棒球")
measure() {
  local query="$1"
  for q in "${terms[@]}"; do
    local times=() plan
    for _ in 1 2 3 4 5; do
      plan=$("${pg[@]}" -d "$db" -v estate="$estate" -v q="$q" -f "benchmarks/archives/$query")
      times+=("$(grep -oP 'Execution Time: \K[0-9.]+' <<<"$plan")")
    done
    local median rows shape
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    rows=$(grep -m1 -oP 'Limit \(actual time=[0-9.]+\.\.[0-9.]+ rows=\K[0-9]+' <<<"$plan" || echo "?")
    shape=$(grep -oP '(Parallel )?(Seq Scan|Bitmap Index Scan|Index Scan Backward|Index Scan) (using [a-z_]+ )?on [a-z_]+|BitmapOr|BitmapAnd' <<<"$plan" | sort | uniq -c | awk '{$1=$1};1' | paste -sd';' -)
    printf '  %-14s %9.1f ms  hits %-3s  %s\n' "$q" "$median" "$rows" "$shape"
  done
}

echo "before (query-before.sql; without ix_document_search_search_vector and ix_documents_estate_id_filed_at):"
"${pg[@]}" -d "$db" -c "DROP INDEX ix_document_search_search_vector; DROP INDEX ix_documents_estate_id_filed_at; ANALYZE documents; ANALYZE document_search;"
measure query-before.sql
echo "now (query.sql; the two indexes as migration SearchIndexes creates them):"
start=$(date +%s.%N)
"${pg[@]}" -d "$db" -c "CREATE INDEX ix_document_search_search_vector ON document_search USING gin (to_tsvector('simple'::regconfig, search_text));
  CREATE INDEX ix_documents_estate_id_filed_at ON documents (estate_id, filed_at) WHERE destroyed_at IS NULL; ANALYZE documents; ANALYZE document_search;"
printf '  (indexes built in %.1f s)\n' "$(echo "$(date +%s.%N) - $start" | bc)"
measure query.sql
