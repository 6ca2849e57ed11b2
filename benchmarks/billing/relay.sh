#!/usr/bin/env bash
# Bill-runs 100,000 units, then relays their BillIssued outbox rows to RabbitMQ and prints events/s.
# Usage: benchmarks/billing/relay.sh [units]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/infra.sh >/dev/null
project=benchmarks/billing/PropertyCloud.Billing.Benchmark
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c Release "$project" >/dev/null
dotnet "$project/bin/Release/net10.0/PropertyCloud.Billing.Benchmark.dll" "${1:-100000}" relay
