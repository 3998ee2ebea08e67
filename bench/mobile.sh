#!/usr/bin/env bash
# Issue 21: the app on an emulated phone on a mobile network (bench/mobile.mjs: 150 ms
# round trip, 1.6 Mbps down / 750 kbps up, CPU 4x slower, 390x844). Builds the release
# bundle (scripts/build.sh --release, ~25 min cold) unless TSY_BUNDLE points at one,
# serves it on an in-memory database, seeds an agency with 5,000 clients and a
# 5,000-message chat through the API, and prints JSON. `--floor` measures the smallest
# Dioxus fullstack page (bench/wasm-floor) the same way instead. TSY_BENCH_RUNS runs
# per cold/repeat case (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA="$(mktemp -d)"
if [ "${1:-}" = "--floor" ]; then
  # The floor built by dx like the app (release, precompressed), in its own target dir.
  cp Cargo.lock bench/wasm-floor/Cargo.lock
  (cd bench/wasm-floor && CARGO_TARGET_DIR="$ROOT/target/wasm-floor/target" CI=1 \
    dx build --platform web --fullstack --release --debug-symbols false >&2)
  rm -f bench/wasm-floor/Cargo.lock
  BUNDLE="$ROOT/target/wasm-floor/target/dx/wasm-floor/release/web"
  export TSY_BENCH_PAGES_ONLY=1
else
  BUNDLE="${TSY_BUNDLE:-$(./scripts/build.sh --release)}"
fi
IP=127.0.0.1 PORT="$PORT" TSY_DATABASE_URL=mem:// TSY_DATA_DIR="$DATA" TSY_COOKIE_SECURE=0 \
  "$BUNDLE/server" >/dev/null 2>&1 &
SERVER=$!
# playwright-core comes with the browser tests' packages (scripts/setup.sh installs them).
cp bench/mobile.mjs tests/e2e/.mobile.mjs
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA" tests/e2e/.mobile.mjs' EXIT
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
TSY_BENCH_BASE="http://127.0.0.1:$PORT" node tests/e2e/.mobile.mjs
