# Sourced by the project scripts: where the build tools live. Nothing here installs.
# TSY_TOOLS_DIR: machine-wide tool cache (dx, wasm-bindgen, esbuild, wasm-opt); rebuildable.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TSY_TOOLS_DIR="${TSY_TOOLS_DIR:-$HOME/.cache/tusitioya-tools}"
export DX_HOME="$TSY_TOOLS_DIR/dx-home"
export DX_TELEMETRY_ENABLED=false
export PATH="$TSY_TOOLS_DIR/bin:$PATH"
# The Debian fallback for the wasm32 std (see setup.sh) leaves a rustc wrapper here.
if [ -x "$TSY_TOOLS_DIR/rustc-wasm/bin/rustc" ]; then
  export PATH="$TSY_TOOLS_DIR/rustc-wasm/bin:$PATH"
  export RUSTC="$TSY_TOOLS_DIR/rustc-wasm/bin/rustc"
fi
export DX_VERSION=0.7.10
export ESBUILD_VERSION=0.27.3
export BINARYEN_VERSION=129
log() { printf '\033[1;36m[tusitioya]\033[0m %s\n' "$*" >&2; }
