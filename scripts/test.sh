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
log "server tests again, on a SurrealDB server over ws:// as a least-privileged database user"
SURREAL_PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
SURREAL_PASS="root-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
"$TSY_TOOLS_DIR/bin/tsy-surreal-server" start --bind "127.0.0.1:$SURREAL_PORT" --user root --pass "$SURREAL_PASS" memory >/dev/null 2>&1 &
SURREAL_PID=$!
trap 'kill "$SURREAL_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  node -e "fetch('http://127.0.0.1:$SURREAL_PORT/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
  sleep 0.2
done
# The suites that start their own servers (cluster, backup, crash) or read no database ran above.
TSY_TEST_DATABASE_URL="ws://127.0.0.1:$SURREAL_PORT" TSY_TEST_DB_ROOT_PASS="$SURREAL_PASS" \
  cargo test --target "$HOST" --profile server-dev --features server --test api --no-fail-fast -- \
  --skip cluster:: --skip backup:: --skip crash:: --skip whatsapp_corpus:: --skip assistant_eval::
kill "$SURREAL_PID" 2>/dev/null || true
log "browser tests (headless Chromium)"
cd tests/e2e
TSY_SERVER_BIN="$BUNDLE/server" node --test --test-concurrency=1 --test-reporter=spec .
