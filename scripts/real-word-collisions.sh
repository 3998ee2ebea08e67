#!/usr/bin/env bash
# Lists the 30,000 most frequent Spanish and English words that the assistant reads as a
# different word it knows (src/domain/assistant/words.rs explains why it matters).
# Needs Python 3 and PyPI (for the `wordfreq` lists); not part of the test run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
venv=target/wordfreq-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" -q install wordfreq
list=target/wordfreq-top.txt
"$venv/bin/python" - "$list" <<'PY'
import sys
from wordfreq import top_n_list
words = [w for lang in ("es", "en") for w in top_n_list(lang, 30000) if w.isalpha()]
open(sys.argv[1], "w").write("\n".join(words))
PY
TSY_WORDS="$PWD/$list" cargo test -q --target "$(rustc -vV | sed -n 's/^host: //p')" --profile server-dev \
  --features server --lib -- --ignored real_word_collisions --nocapture | grep -- ' -> ' || true
