#!/usr/bin/env bash
# Issue 7 targets: the release wasm at most 400 KB gzip; first contentful paint of the
# dashboard under 300 ms on localhost at phone size. Builds the release client
# (bench/client-release.sh) and the release server (cargo, shared with
# bench/finance.sh), serves the demo from memory, measures in headless Chromium
# (bench/firstpaint.mjs). TSY_BENCH_RUNS runs per case (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
PUBLIC=$(bash bench/client-release.sh)
WASM=$(ls "$PUBLIC"/assets/tusitioya_bg-*.wasm)
JS=$(ls "$PUBLIC"/assets/tusitioya-*.js)
CSS=$(ls "$PUBLIC"/assets/main-*.css)
size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
echo "wasm: $(size "$WASM") bytes raw, $(gz "$WASM") gzip; js: $(size "$JS") raw, $(gz "$JS") gzip; css: $(size "$CSS") raw, $(gz "$CSS") gzip"

cargo build -q --release --features server --bin tusitioya
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
IP=127.0.0.1 PORT=$PORT TSY_DATABASE_URL=mem:// TSY_DEMO=1 DIOXUS_PUBLIC_PATH="$PUBLIC" \
  target/release/tusitioya >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
# playwright-core comes with the browser tests' packages (scripts/setup.sh installs them).
cp bench/firstpaint.mjs tests/e2e/.firstpaint.mjs
trap 'kill $SERVER 2>/dev/null || true; rm -f tests/e2e/.firstpaint.mjs' EXIT
TSY_BENCH_BASE="http://127.0.0.1:$PORT" node tests/e2e/.firstpaint.mjs
