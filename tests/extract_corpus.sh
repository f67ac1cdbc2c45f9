#!/usr/bin/env bash
# The sample corpus (examples/news) scores at least the floor below, and every
# gold file is consistent with the text the extractor reads. The floor is the
# measured level minus a small margin, so a regression fails; the project's
# target (issue "dealgraph extract") is deal-F1 >= 0.95 and strict-F1 >= 0.90.
# The corpus includes articles written and annotated before the extractor was
# run on them (news-45 and later; see docs/extraction-accuracy.md), which is
# why the level sits below the target.
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
floor_deal=0.77
floor_strict=0.70
echo "$result" | tail -n 1 | awk -v d="$floor_deal" -v s="$floor_strict" \
  '{ if ($2 + 0 < d || $4 + 0 < s) { print "FAIL: below the floor deal-F1 " d " strict-F1 " s; exit 1 } }'
