#!/usr/bin/env bash
# Rebuilds Quality's read models from 1,000,000 stored events and prints the time. Usage: benchmarks/quality/run.sh [events]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/infra.sh >/dev/null
project=benchmarks/quality/PropertyCloud.Quality.Benchmark
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c Release "$project" >/dev/null
dotnet "$project/bin/Release/net10.0/PropertyCloud.Quality.Benchmark.dll" "${1:-1000000}"
