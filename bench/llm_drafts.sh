#!/usr/bin/env bash
# Issue 19: time to the first LLM draft on the card against a local streaming Chat
# Completions server (bench/llm_drafts.mjs). Builds the release bundle
# (scripts/build.sh --release) unless TSY_BUNDLE points at one. TSY_BENCH_ROUNDS,
# TSY_BENCH_FIRST_TOKEN_MS and TSY_BENCH_TPS tune it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
BUNDLE="${TSY_BUNDLE:-$(./scripts/build.sh --release)}"
TSY_BUNDLE="$BUNDLE" node bench/llm_drafts.mjs
