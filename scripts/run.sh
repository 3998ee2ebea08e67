#!/usr/bin/env bash
# One command from a fresh clone to a running app: installs the tools, builds, starts
# the server with the embedded database (./data) and demo data, prints the URL.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
BUNDLE="$("$ROOT/scripts/build.sh" "$@")"
export IP="${IP:-127.0.0.1}" PORT="${PORT:-8080}"
export TSY_DATA_DIR="${TSY_DATA_DIR:-$ROOT/data}"
log "TuSitioYa OS on http://$IP:$PORT  (demo login: demo@tusitioya.app / demo1234)"
exec "$BUNDLE/server"
