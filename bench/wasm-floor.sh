#!/usr/bin/env bash
# The floor under issue 7's wasm target: builds bench/wasm-floor (a two-route Dioxus
# fullstack page with one server function, on the app's crates, versions, features and
# release profile) and the app's own client the same way (cargo, wasm-bindgen, wasm-opt
# -Os as dx runs them), and prints both sizes raw and gzip. ~5 min cold on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
OUT=target/wasm-floor
mkdir -p "$OUT"
# The app's lock file, so both use the same versions (cargo drops what the floor lacks).
cp Cargo.lock bench/wasm-floor/Cargo.lock
trap 'rm -f bench/wasm-floor/Cargo.lock' EXIT
BINDGEN="$DX_HOME/tools/wasm-bindgen-$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p')/wasm-bindgen"
WASM_OPT="$DX_HOME/tools/binaryen-$BINARYEN_VERSION/bin/wasm-opt"
measure() { # name, cargo-built wasm
  rm -rf "$OUT/$1" && "$BINDGEN" --target web --out-dir "$OUT/$1" "$2"
  "$WASM_OPT" "$OUT/$1"/*_bg.wasm -Os --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$OUT/$1/opt.wasm"
  printf '%-6s %8d bytes raw, %7d gzip\n' "$1" "$(stat -c %s "$OUT/$1/opt.wasm")" "$(gzip -9 -c "$OUT/$1/opt.wasm" | wc -c)"
}
CARGO_TARGET_DIR="$PWD/$OUT/target" cargo build -q --manifest-path bench/wasm-floor/Cargo.toml \
  --target wasm32-unknown-unknown --profile wasm-release --features web
cargo build -q --target wasm32-unknown-unknown --profile wasm-release --features web
measure floor "$OUT/target/wasm32-unknown-unknown/wasm-release/wasm-floor.wasm"
measure app target/wasm32-unknown-unknown/wasm-release/tusitioya.wasm
