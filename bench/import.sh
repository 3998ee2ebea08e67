#!/usr/bin/env bash
# Chat import into SurrealDB: a generated 40k-message export (same generator as
# bench/whatsapp.sh) imported over HTTP into a new client, on the default on-disk
# engine, release build. Target: under 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-40000}"
FILE="$(mktemp -d)/chat-$N.txt"
node bench/whatsapp/generate.mjs "$FILE" "$N"
echo "file: $(du -h "$FILE" | cut -f1), $N messages"
TSY_BENCH_CHAT="$FILE" cargo bench -q --features server --bench chat_import 2>/dev/null | tail -1
