#!/usr/bin/env bash
# Installs everything the build needs, idempotently: the wasm32 target, dx and the
# helper tools dx would otherwise download (it cannot here). `--test` adds what the
# tests need (Chromium, Playwright). A second run only checks and exits in seconds.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
WANT_TEST=0
[ "${1:-}" = "--test" ] && WANT_TEST=1
mkdir -p "$TSY_TOOLS_DIR/bin" "$DX_HOME/tools"

command -v cargo >/dev/null || { log "cargo not found: install Rust (rustup) first"; exit 1; }
command -v npm >/dev/null || { log "npm not found: apt-get install -y nodejs npm"; exit 1; }

APT_UPDATED=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then log "need root to apt-get install $*"; return 1; fi
  if [ "$APT_UPDATED" = 0 ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1. wasm32 target: rustup if it can, else Debian's rustc-web with a std built once.
wasm_std_ok() { [ -d "$(rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib" ]; }
if ! wasm_std_ok; then
  if command -v rustup >/dev/null && rustup target add wasm32-unknown-unknown >/dev/null 2>&1 && wasm_std_ok; then
    log "wasm32 target installed with rustup"
  else
    log "rustup target unavailable: building wasm32 std from Debian's rust-web-src"
    apt_install rustc-web cargo-web rust-web-src lld-22
    SYSROOT="$TSY_TOOLS_DIR/rustc-wasm"
    scratch="$(mktemp -d)"
    (cd "$scratch" && cargo init -q --lib --name wasmstd &&
      RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 /usr/bin/cargo build -q --release \
        --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort)
    mkdir -p "$SYSROOT/lib/rustlib/wasm32-unknown-unknown/lib" "$SYSROOT/bin"
    cp "$scratch"/target/wasm32-unknown-unknown/release/deps/lib*.rlib "$SYSROOT/lib/rustlib/wasm32-unknown-unknown/lib/"
    for d in x86_64-unknown-linux-gnu src etc; do ln -sfn "/usr/lib/rustlib/$d" "$SYSROOT/lib/rustlib/$d"; done
    printf '#!/bin/sh\nexec /usr/bin/rustc --sysroot %s "$@"\n' "$SYSROOT" > "$SYSROOT/bin/rustc"
    chmod +x "$SYSROOT/bin/rustc"
    rm -rf "$scratch"
    source "$(dirname "$0")/env.sh"
  fi
fi

# 1b. clippy for the test script's lint step (rustup's component, or Debian's package).
if ! cargo clippy --version >/dev/null 2>&1; then
  if command -v rustup >/dev/null; then
    log "adding the clippy component"
    rustup component add clippy >/dev/null
  elif command -v apt-get >/dev/null; then
    log "installing Debian's rust-clippy"
    apt-get install -y -q rust-clippy >/dev/null
  fi
fi

# 2. dx itself (about 16 minutes to compile once on 2 cores).
if ! "$TSY_TOOLS_DIR/bin/dx" --version 2>/dev/null | grep -q "$DX_VERSION"; then
  log "installing dioxus-cli $DX_VERSION (one-time, ~16 min)"
  cargo install dioxus-cli --version "$DX_VERSION" --locked --root "$TSY_TOOLS_DIR" -q
fi

# 3. wasm-bindgen CLI matching the wasm-bindgen crate in Cargo.lock.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"
WB_BIN="$DX_HOME/tools/wasm-bindgen-$WB_VERSION/wasm-bindgen"
if ! "$WB_BIN" --version 2>/dev/null | grep -q "$WB_VERSION"; then
  log "installing wasm-bindgen-cli $WB_VERSION (~3 min)"
  # Not --locked: its lockfile pins a crate the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --root "$TSY_TOOLS_DIR/wasm-bindgen-$WB_VERSION" -q
  mkdir -p "$(dirname "$WB_BIN")"
  cp "$TSY_TOOLS_DIR/wasm-bindgen-$WB_VERSION/bin/wasm-bindgen" "$WB_BIN"
fi

# 4. esbuild and wasm-opt from the npm registry (dx would download them from GitHub).
NPM_DIR="$TSY_TOOLS_DIR/npm"
ESBUILD_BIN="$DX_HOME/tools/esbuild-$ESBUILD_VERSION/esbuild"
WASM_OPT_BIN="$DX_HOME/tools/binaryen-$BINARYEN_VERSION/bin/wasm-opt"
if [ ! -x "$ESBUILD_BIN" ] || [ ! -x "$WASM_OPT_BIN" ]; then
  log "installing esbuild $ESBUILD_VERSION and binaryen $BINARYEN_VERSION from npm"
  mkdir -p "$NPM_DIR"
  npm install --silent --no-audit --no-fund --prefix "$NPM_DIR" \
    "@esbuild/linux-x64@$ESBUILD_VERSION" "binaryen@$BINARYEN_VERSION.0.0" >/dev/null
  mkdir -p "$(dirname "$ESBUILD_BIN")" "$(dirname "$WASM_OPT_BIN")"
  cp "$NPM_DIR/node_modules/@esbuild/linux-x64/bin/esbuild" "$ESBUILD_BIN"
  printf '#!/bin/sh\nexec node %s "$@"\n' "$NPM_DIR/node_modules/binaryen/bin/wasm-opt" > "$WASM_OPT_BIN"
  chmod +x "$ESBUILD_BIN" "$WASM_OPT_BIN"
fi

# 5. Test tools: Debian's Chromium and playwright-core (never a downloaded browser).
if [ "$WANT_TEST" = 1 ]; then
  if ! command -v chromium >/dev/null; then
    log "installing Chromium from Debian"
    apt_install chromium chromium-driver fonts-liberation
  fi
  # Phones show emoji (medals, celebrations); so should the screenshots we look at.
  if [ ! -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then
    log "installing the emoji font"
    apt_install fonts-noto-color-emoji
  fi
  # A real SurrealDB server (`surreal start`, the same 3.3.5 as the SDK) for the tests
  # that run the app against a remote database. A debug build: ~6 min once per machine
  # on 2 cores, against ~30 min in release; its target dir goes once the binary is out.
  SURREAL_BIN="$TSY_TOOLS_DIR/bin/tsy-surreal-server"
  SURREAL_STAMP="$(sha256sum tests/surreal-server/Cargo.toml tests/surreal-server/Cargo.lock tests/surreal-server/src/main.rs | sha256sum | cut -c1-16)"
  if [ "$(cat "$SURREAL_BIN.stamp" 2>/dev/null)" != "$SURREAL_STAMP" ] || [ ! -x "$SURREAL_BIN" ]; then
    log "building the SurrealDB test server (one-time, ~6 min)"
    (cd tests/surreal-server && CARGO_TARGET_DIR="$TSY_TOOLS_DIR/surreal-target" cargo build -q --locked)
    cp "$TSY_TOOLS_DIR/surreal-target/debug/tsy-surreal-server" "$SURREAL_BIN"
    echo "$SURREAL_STAMP" > "$SURREAL_BIN.stamp"
    rm -rf "$TSY_TOOLS_DIR/surreal-target"
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
    log "installing playwright-core and axe-core"
    (cd tests/e2e && npm ci --silent --no-audit --no-fund >/dev/null)
  fi
fi
log "tools ready"
