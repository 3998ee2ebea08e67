#!/usr/bin/env bash
# Finance summary under load (issue 6 target: p99 under 20 ms with 200 concurrent
# connections over 10k clients / 100k payments / 5k subscriptions), on the embedded engine,
# on a SurrealDB server and on two app servers sharing it (TSY_BENCH_SETUPS). Release build;
# SurrealDB compiles in release the first time (~20 min on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -q --features server --bench finance_load 2>/dev/null | grep '^{'
