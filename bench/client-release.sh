#!/usr/bin/env bash
# Builds only the release web client (wasm, JS, CSS, index.html) with dx, into
# target/dx/tusitioya/release/web/public, and prints that directory. dx builds the
# release server right after the client; this stops it there (the benchmarks run the
# cargo-built release server, shared with bench/finance.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
OUT=target/dx/tusitioya/release/web/public
rm -rf target/dx/tusitioya/release
LOG=$(mktemp)
CI=1 dx build --platform web --release --debug-symbols false >"$LOG" 2>&1 &
DX=$!
# The client is done when its wasm and index.html are in place.
for _ in $(seq 1 1800); do
  if ls "$OUT"/assets/tusitioya_bg-*.wasm >/dev/null 2>&1 && [ -f "$OUT/index.html" ]; then
    sleep 2
    pkill -P "$DX" 2>/dev/null || true
    kill "$DX" 2>/dev/null || true
    break
  fi
  if ! kill -0 "$DX" 2>/dev/null; then cat "$LOG" >&2; echo "dx stopped before the client was built" >&2; exit 1; fi
  sleep 1
done
wait "$DX" 2>/dev/null || true
pkill -f "profile server-release" 2>/dev/null || true
rm -f "$LOG"
ls "$OUT"/assets/tusitioya_bg-*.wasm >/dev/null
echo "$OUT"
