#!/usr/bin/env bash
# One command from a fresh clone to a running app: installs the tools, builds (release;
# `--debug` for the debug build), starts the server with the embedded database (./data)
# and demo data, prints the URL.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
# The optimised build by default: what a seller's phone should get (small, precompressed
# with brotli, no development sockets). `--debug` builds the quick debug version instead.
BUILD=(--release)
if [ "${1:-}" = "--debug" ]; then
  BUILD=()
  shift
fi
BUNDLE="$("$ROOT/scripts/build.sh" "${BUILD[@]}")"
export IP="${IP:-127.0.0.1}" PORT="${PORT:-8080}"
export TSY_DATA_DIR="${TSY_DATA_DIR:-$ROOT/data}"
# Local conveniences, on only here: the demo workspace with its public password, and a
# session cookie without Secure (this is plain HTTP on a loopback address).
export TSY_DEMO="${TSY_DEMO:-1}" TSY_COOKIE_SECURE="${TSY_COOKIE_SECURE:-0}"
log "TuSitioYa OS on http://$IP:$PORT  (demo login: demo@tusitioya.app / demo1234)"
exec "$BUNDLE/server"
