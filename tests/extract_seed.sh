#!/usr/bin/env bash
# The seed article scores deal-F1 1.000 and strict-F1 1.000 with the shared scorer.
# usage: extract_seed.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1; src=$2
shared="$src/../shared"
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$bin" extract "$shared/data/seed-article.txt" > "$out"
result=$(python3 "$shared/tools/score-deals" "$shared/data/seed-article.gold.jsonl" "$out" --verbose)
echo "$result"
last=$(echo "$result" | tail -n 1)
[ "$last" = "deal-F1 1.000 strict-F1 1.000" ] || { echo "FAIL: expected deal-F1 1.000 strict-F1 1.000"; exit 1; }
