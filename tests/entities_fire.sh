#!/usr/bin/env bash
# The entity stage on FIRE (../shared/data/fire/fire_dev.json), scored for
# exact Company and Money spans by score-entities:
#  1. the rules alone (`--no-tagger`) on every sentence;
#  2. rules + tagger, cross-validated: FIRE is also the tagger's training
#     data, so the shipped model is never scored on it. Sentence i is in fold
#     i mod 5; for each fold a model is trained on the other four
#     (`train-tagger --folds 5 --hold-out k`) and tags the held-out fold. The
#     floor holds the average over the folds.
# Fails when an F1 drops below the floor reached so far.
set -euo pipefail
bin="$1"
src="$2"
shared="$src/../shared"
fire="$shared/data/fire/fire_dev.json"
score="$shared/tools/score-entities"
if [[ ! -f "$fire" ]]; then
  echo "FAIL: $fire not found (../shared beside the repository)"
  exit 1
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
folds=5

check() {  # check LABEL "company-F1 x money-F1 y" FLOOR_COMPANY FLOOR_MONEY
  echo "$1: $2"
  echo "$2" | awk -v c="$3" -v m="$4" -v l="$1" \
    '{ if ($2 + 0 < c || $4 + 0 < m) { print "FAIL: " l " below the floor company-F1 " c " money-F1 " m; exit 1 } }'
}

python3 "$score" text "$fire" > "$tmp/fire.jsonl"
"$bin" entities --no-tagger --input-format jsonl "$tmp/fire.jsonl" > "$tmp/rules.jsonl"
rules=$(python3 "$score" score "$fire" "$tmp/rules.jsonl" | tail -n 1)

python3 - "$fire" "$tmp" "$folds" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
k = int(sys.argv[3])
for f in range(k):
    with open(f"{sys.argv[2]}/fold{f}.json", "w", encoding="utf-8") as out:
        json.dump([x for i, x in enumerate(data) if i % k == f], out)
EOF
for ((f = 0; f < folds; f++)); do
  "$bin" train-tagger --fire "$fire" --folds "$folds" --hold-out "$f" --out "$tmp/model$f.bin" 2> /dev/null
  python3 "$score" text "$tmp/fold$f.json" > "$tmp/fold$f.jsonl"
  "$bin" entities --tagger-model "$tmp/model$f.bin" --input-format jsonl "$tmp/fold$f.jsonl" > "$tmp/pred$f.jsonl"
  python3 "$score" score "$tmp/fold$f.json" "$tmp/pred$f.jsonl" | tail -n 1 | tee -a "$tmp/folds.txt" | sed "s/^/  fold $f: /"
done
cv=$(awk '{ c += $2; m += $4; n++ } END { printf "company-F1 %.3f money-F1 %.3f\n", c / n, m / n }' "$tmp/folds.txt")

status=0
check "rules only" "$rules" 0.79 0.95 || status=1
check "rules + tagger, $folds-fold cross-validation" "$cv" 0.80 0.95 || status=1
exit $status
