#!/usr/bin/env bash
# Creates the Secrets the small overlay refers to, with fresh random passwords, unless they exist already.
# Nothing secret is kept in the repository: run this once per cluster, before `kubectl apply -k`.
set -euo pipefail
namespace="${1:-propertycloud}"
kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace"

exists() { kubectl -n "$namespace" get secret "$1" >/dev/null 2>&1; }
create() { # name username password
  exists "$1" || kubectl -n "$namespace" create secret generic "$1" --from-literal=username="$2" --from-literal=password="$3"
}

if exists postgres-superuser; then
  pg_password="$(kubectl -n "$namespace" get secret postgres-superuser -o jsonpath='{.data.password}' | base64 -d)"
else
  pg_password="$(openssl rand -hex 24)"
  create postgres-superuser propertycloud "$pg_password"
fi
# One server here, so every service database uses the server's account (the production overlay gives each its own).
for db in identity residents archives billing repairs surveys quality partners web; do
  create "${db}db-app" propertycloud "$pg_password"
done
create rabbitmq-default-user propertycloud "$(openssl rand -hex 24)"
# The key that encrypts partners' webhook secrets at rest; kept apart from the database it protects.
exists partners-secret-protection \
  || kubectl -n "$namespace" create secret generic partners-secret-protection --from-literal=key="$(openssl rand -base64 32)"
