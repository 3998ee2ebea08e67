#!/usr/bin/env bash
# Issue 17: WhatsApp webhook ingestion on the embedded database (SurrealKV on disk, the
# default engine): bench/webhook.mjs posts signed webhooks at 1,000 messages a second
# for 60 s and reports acknowledgement latency, loss and the time to a chat's change
# event. Builds the release bundle (scripts/build.sh --release) unless TSY_BUNDLE
# points at one. TSY_BENCH_RATE / TSY_BENCH_SECONDS / TSY_BENCH_CONTACTS /
# TSY_BENCH_CONNS tune the load.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
GRAPH_PORT=$(free_port)
DATA="$(mktemp -d)"
BUNDLE="${TSY_BUNDLE:-$(./scripts/build.sh --release)}"
export TSY_WA_APP_SECRET="bench-app-secret"
# Meta's Graph API number check, answered locally for the bench's number and token.
node -e '
  require("node:http").createServer((q, s) => {
    s.writeHead(200, { "content-type": "application/json" });
    s.end(JSON.stringify({ display_phone_number: "+57 300 1110000", verified_name: "Bench", id: "106540352242922" }));
  }).listen(Number(process.argv[1]), "127.0.0.1");' "$GRAPH_PORT" &
GRAPH=$!
IP=127.0.0.1 PORT="$PORT" TSY_DATA_DIR="$DATA" TSY_COOKIE_SECURE=0 \
  TSY_WA_VERIFY_TOKEN=bench TSY_WA_TOKEN_KEY="MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" \
  TSY_WA_GRAPH_URL="http://127.0.0.1:$GRAPH_PORT/v23.0" \
  "$BUNDLE/server" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER $GRAPH 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
TSY_BENCH_BASE="http://127.0.0.1:$PORT" node bench/webhook.mjs
