#!/usr/bin/env bash
# Survey indices over 1,000,000 answers (10 estates; pass another number of estates of 40,000 households each).
# Usage: benchmarks/surveys/run.sh [estates]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/infra.sh >/dev/null
project=benchmarks/surveys/PropertyCloud.Surveys.Benchmark
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c Release "$project" >/dev/null
dotnet "$project/bin/Release/net10.0/PropertyCloud.Surveys.Benchmark.dll" "${1:-10}"
