#!/usr/bin/env bash
# Imports a meter sheet of 100,000 lines on a fresh database and prints the time. Usage: benchmarks/billing/meter-import.sh [lines]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/infra.sh >/dev/null
project=benchmarks/billing/PropertyCloud.Billing.MeterImportBenchmark
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c Release "$project" >/dev/null
dotnet "$project/bin/Release/net10.0/PropertyCloud.Billing.MeterImportBenchmark.dll" "${1:-100000}"
