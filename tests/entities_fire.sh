#!/usr/bin/env bash
# The entity stage on FIRE (../shared/data/fire/fire_dev.json): `dealgraph
# entities` on the sentences score-entities writes, scored for exact Company
# and Money spans. Fails when either F1 drops below the floor reached so far.
set -euo pipefail
bin="$1"
src="$2"
shared="$src/../shared"
fire="$shared/data/fire/fire_dev.json"
if [[ ! -f "$fire" ]]; then
  echo "FAIL: $fire not found (../shared beside the repository)"
  exit 1
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 "$shared/tools/score-entities" text "$fire" > "$tmp/fire.jsonl"
"$bin" entities --input-format jsonl "$tmp/fire.jsonl" > "$tmp/pred.jsonl"
result=$(python3 "$shared/tools/score-entities" score "$fire" "$tmp/pred.jsonl")
echo "$result"
floor_company=0.70
floor_money=0.93
echo "$result" | tail -n 1 | awk -v c="$floor_company" -v m="$floor_money" \
  '{ if ($2 + 0 < c || $4 + 0 < m) { print "FAIL: below the floor company-F1 " c " money-F1 " m; exit 1 } }'
