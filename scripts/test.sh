#!/usr/bin/env bash
# Every test: domain unit tests, server functions over real HTTP with SurrealDB, and
# browser tests in headless Chromium against the built app. Installs what it needs.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" --test
log "checking that server-only crates stay out of the WASM client"
WEB_TREE="$(cargo tree -q --target wasm32-unknown-unknown --no-default-features --features web -e normal)"
if grep -q surrealdb <<<"$WEB_TREE"; then log "surrealdb found in the web build"; exit 1; fi
DIRECT="$(cargo tree -q --target wasm32-unknown-unknown --no-default-features --features web -e normal --depth 1 \
  | sed -n 's/^[├└]── \([a-z0-9_-]*\) .*/\1/p' | sort | tr '\n' ' ')"
if [ "$DIRECT" != "base64 chrono dioxus gloo-timers miniz_oxide percent-encoding serde serde_json " ]; then
  log "unexpected direct dependencies of the web build: $DIRECT"; exit 1
fi
HOST="$(rustc -vV | sed -n 's/^host: //p')"
log "clippy (warnings are errors)"
cargo clippy -q --target "$HOST" --profile server-dev --all-targets --features server -- -D warnings
BUNDLE="$("$ROOT/scripts/build.sh")"
log "cargo test (unit + integration)"
# Same profile and explicit target as dx's server build, so nothing compiles twice.
cargo test --target "$HOST" --profile server-dev --features server --no-fail-fast
log "browser tests (headless Chromium)"
cd tests/e2e
TSY_SERVER_BIN="$BUNDLE/server" node --test --test-concurrency=1 --test-reporter=spec .
