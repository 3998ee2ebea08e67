#!/usr/bin/env bash
# Every test: domain unit tests, server functions over real HTTP with SurrealDB, and
# browser tests in headless Chromium against the built app. Installs what it needs.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" --test
BUNDLE="$("$ROOT/scripts/build.sh")"
log "cargo test (unit + integration)"
cargo test --features server --no-fail-fast
log "browser tests (headless Chromium)"
cd tests/e2e
TSY_SERVER_BIN="$BUNDLE/tusitioya" node --test --test-concurrency=1 --test-reporter=spec .
