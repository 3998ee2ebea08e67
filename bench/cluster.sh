#!/usr/bin/env bash
# Issue 18: live propagation between two release app servers on one SurrealDB server
# (the test server of the tools cache: surrealdb-server 3.3.5 built with opt-level 1,
# on disk). Builds the release bundle unless TSY_BUNDLE points at one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
./scripts/setup.sh --test >/dev/null
port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
DB_PORT=$(port); A_PORT=$(port); B_PORT=$(port)
DATA="$(mktemp -d)"
BUNDLE="${TSY_BUNDLE:-$(./scripts/build.sh --release)}"
"$TSY_TOOLS_DIR/bin/tsy-surreal-server" start --bind "127.0.0.1:$DB_PORT" --user root --pass bench-root "surrealkv://$DATA/db" >/dev/null 2>&1 &
PIDS=$!
trap 'kill $PIDS 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$DB_PORT/health" >/dev/null && break; sleep 0.2; done
curl -fs -u root:bench-root -H 'Accept: application/json' "http://127.0.0.1:$DB_PORT/sql" \
  -d "DEFINE NAMESPACE tusitioya; USE NS tusitioya; DEFINE DATABASE main; USE DB main;
      DEFINE USER app ON DATABASE PASSWORD 'bench-app' ROLES EDITOR;" >/dev/null
for P in "$A_PORT" "$B_PORT"; do
  IP=127.0.0.1 PORT="$P" TSY_DATABASE_URL="ws://127.0.0.1:$DB_PORT" TSY_DB_USER=app TSY_DB_PASS=bench-app \
    TSY_COOKIE_SECURE=0 "$BUNDLE/server" >/dev/null 2>&1 &
  PIDS="$PIDS $!"
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$P/" >/dev/null && break; sleep 0.2; done
done
TSY_BENCH_A="http://127.0.0.1:$A_PORT" TSY_BENCH_B="http://127.0.0.1:$B_PORT" node bench/cluster.mjs
