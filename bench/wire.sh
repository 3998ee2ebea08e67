#!/usr/bin/env bash
# Bytes on the wire for a first visit, release build: the sign-in page (server-rendered)
# and every file of the client bundle (wasm, JS, CSS), asked for the way a phone's
# browser asks (Accept-Encoding: br, gzip) and without compression. Also prints the
# Cache-Control each asset gets. Usage: bench/wire.sh (builds the release bundle first
# unless TSY_BUNDLE points at one).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
BUNDLE="${TSY_BUNDLE:-$(./scripts/build.sh --release)}"
PORT="${PORT:-18931}"
DATA="$(mktemp -d)"
IP=127.0.0.1 PORT="$PORT" TSY_DATABASE_URL=mem:// TSY_DATA_DIR="$DATA" "$BUNDLE/server" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done

size() { curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $2" "http://127.0.0.1:$PORT$1"; }
header() { curl -s -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$PORT$1" | tr -d '\r' | sed -n "s/^$2: //Ip"; }

printf '%-46s %10s %10s  %-6s %s\n' path identity "br,gzip" enc cache-control
total_plain=0; total_wire=0
for path in / $(cd "$BUNDLE/public" && find . -type f ! -name '*.br' ! -name index.html | sed 's|^\./|/|' | sort); do
  plain=$(size "$path" identity); wire=$(size "$path" 'br, gzip')
  printf '%-46s %10s %10s  %-6s %s\n' "$path" "$plain" "$wire" "$(header "$path" content-encoding)" "$(header "$path" cache-control)"
  total_plain=$((total_plain + plain)); total_wire=$((total_wire + wire))
done
printf '%-46s %10s %10s\n' total "$total_plain" "$total_wire"
