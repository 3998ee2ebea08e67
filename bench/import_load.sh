#!/usr/bin/env bash
# Issue 18: interactive reads and memory while 8 sellers import a 40k-message export
# each at once, on the release build with the embedded database (SurrealKV on disk).
# Builds the release bundle unless TSY_BUNDLE points at one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
DATA="$(mktemp -d)"
BUNDLE="${TSY_BUNDLE:-$(./scripts/build.sh --release)}"
node bench/whatsapp/generate.mjs "$DATA/chat.txt" 40000
IP=127.0.0.1 PORT="$PORT" TSY_DATA_DIR="$DATA/data" TSY_COOKIE_SECURE=0 TSY_TRUSTED_PROXY_HOPS=1 "$BUNDLE/server" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
TSY_BENCH_BASE="http://127.0.0.1:$PORT" TSY_BENCH_PID="$SERVER" TSY_BENCH_CHAT="$DATA/chat.txt" node bench/import_load.mjs
