#!/usr/bin/env bash
# WhatsApp export parsing: this project's parser vs the npm package whatsapp-chat-parser,
# same 40k-message file, same run, in two layouts (Android, and iOS with dotted times).
# Target: at least 10x faster on each.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-40000}"
DIR="$(mktemp -d)"
(cd bench/whatsapp && [ -d node_modules/whatsapp-chat-parser ] || npm ci --silent --no-audit --no-fund >/dev/null)
cargo bench -q --bench whatsapp_parse --no-run 2>/dev/null
for LAYOUT in android ios-dotted; do
  FILE="$DIR/chat-$N-$LAYOUT.txt"
  node bench/whatsapp/generate.mjs "$FILE" "$N" "$LAYOUT"
  echo "== $LAYOUT: $(du -h "$FILE" | cut -f1), $N messages"
  RUST="$(TSY_BENCH_CHAT="$FILE" cargo bench -q --bench whatsapp_parse 2>/dev/null | tail -1)"
  NODE="$(node bench/whatsapp/node_parse.mjs "$FILE")"
  echo "$RUST"
  echo "$NODE"
  node -e "const r=JSON.parse(process.argv[1]), n=JSON.parse(process.argv[2]);
    console.log('speed-up (median):', (n.median_ms / r.median_ms).toFixed(1) + 'x',
      '| messages rust/node:', r.messages + '/' + n.messages)" "$RUST" "$NODE"
done
