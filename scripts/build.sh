#!/usr/bin/env bash
# Builds the fullstack app with dx: the WASM client (+ assets, index.html) and the
# server binary. Prints the bundle directory. `--release` for an optimised build.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
MODE=debug
ARGS=()
if [ "${1:-}" = "--release" ]; then
  MODE=release
  # Stale hashed assets are not removed by dx.
  rm -rf "target/dx/tusitioya/release"
  ARGS=(--release --debug-symbols false)
fi
log "building the app ($MODE)"
# The server is built with the `server-dev` profile, which `cargo test` uses too.
CI=1 dx build --platform web --fullstack "${ARGS[@]}" >&2
echo "$ROOT/target/dx/tusitioya/$MODE/web"
