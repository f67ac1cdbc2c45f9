#!/usr/bin/env bash
# The sample corpus (examples/news) scores deal-F1 >= 0.95 and strict-F1 >= 0.90,
# and every gold file is consistent with the text the extractor reads.
# usage: extract_corpus.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1; src=$2
shared="$src/../shared"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
DEALGRAPH="$bin" python3 "$src/scripts/check-gold" "$src/examples/news"
cat "$src"/examples/news/*.gold.jsonl > "$tmp/gold.jsonl"
files=$(ls "$src"/examples/news/* | grep -v '\.gold\.jsonl$')
# shellcheck disable=SC2086
"$bin" extract $files > "$tmp/pred.jsonl"
result=$(python3 "$shared/tools/score-deals" "$tmp/gold.jsonl" "$tmp/pred.jsonl" --verbose)
echo "$result"
echo "$result" | tail -n 1 | awk '{ if ($2 + 0 < 0.95 || $4 + 0 < 0.90) { print "FAIL: need deal-F1 >= 0.95 and strict-F1 >= 0.90"; exit 1 } }'
