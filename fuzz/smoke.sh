#!/usr/bin/env bash
# Runs every fuzz target for N seconds (default 20) from the committed seeds, plus the
# shared data (../shared/data, when present) as extra seeds, then replays the kept crash
# inputs under fuzz/regressions/. For CI: needs nightly and cargo-fuzz.
#   fuzz/smoke.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-20}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(tokenize code_pipeline jsonl_reader conllu petrarch_dicts records api_query)
fi
shared=../../shared/data
# The pipeline target loads the shipped models; fall back to the interim set.
if [ -z "${ENTENTE_MODELS:-}" ] && [ ! -f ../models/tagger.bin ] && [ -d /work/tmp-models ]; then
    export ENTENTE_MODELS=/work/tmp-models
fi
seed_shared() {
    local t="$1" dir="corpus/$1"
    [ -d "$shared" ] || return 0
    case "$t" in
        conllu) head -c 200000 "$shared/ud/UD_English-EWT/en_ewt-ud-dev.conllu" > "$dir/ewt-dev-head.conllu" ;;
        petrarch_dicts)
            for f in "$shared"/petrarch2/dictionaries/PETR.Validate.{actors,agents,discards,verbs}.txt; do
                [ -f "$f" ] && cp "$f" "$dir/"
            done ;;
        records) [ -f "$shared/petrarch2/text/PETR.UnitTest.records.xml" ] && head -c 100000 "$shared/petrarch2/text/PETR.UnitTest.records.xml" > "$dir/unittest-head.xml" ;;
        tokenize|code_pipeline) [ -f ../examples/state-visit.txt ] && cp ../examples/state-visit.txt "$dir/" ;;
        jsonl_reader) [ -f ../examples/articles/demo.jsonl ] && head -n 20 ../examples/articles/demo.jsonl > "$dir/demo20.jsonl" ;;
    esac
    return 0
}
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    cp -n corpus-seeds/"$t"/* "corpus/$t/" 2>/dev/null || true
    seed_shared "$t"
    echo "== fuzz $t for ${secs}s"
    cargo +nightly fuzz run "$t" "corpus/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -timeout=30
    if [ -d "regressions/$t" ] && compgen -G "regressions/$t/*" > /dev/null; then
        echo "== replay regressions/$t"
        cargo +nightly fuzz run "$t" regressions/"$t"/* -- -runs=0
    fi
done
echo "smoke: ${#targets[@]} target(s), ${secs}s each, no crash"
