#!/usr/bin/env bash
# Merging measured on the sample corpus: ingest examples/news with the gold
# annotations as claims (--claims), then compare the merged deals with the
# gold "key" of each claim (claims sharing a key report one real-world deal).
# Pairwise precision and recall over claim pairs; also checks that reconcile
# gives the same ledger and that every claim landed in exactly one deal.
# usage: ledger_gold.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1; src=$2
news=$src/examples/news
if ! ls "$news"/*.gold.jsonl > /dev/null 2>&1; then echo "SKIP: no examples/news gold files"; exit 0; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat "$news"/*.gold.jsonl > "$work/gold.jsonl"
"$bin" ingest --db "$work/g.db" --quiet --claims "$work/gold.jsonl" "$news"
"$bin" db check --db "$work/g.db" > /dev/null || { "$bin" db check --db "$work/g.db"; exit 1; }
"$bin" export --db "$work/g.db" --format jsonl > "$work/a.jsonl"
"$bin" reconcile --db "$work/g.db" --quiet
"$bin" export --db "$work/g.db" --format jsonl > "$work/b.jsonl"
cmp -s "$work/a.jsonl" "$work/b.jsonl" || { echo "FAIL: reconcile differs from incremental ingest"; exit 1; }
python3 - "$work/gold.jsonl" "$work/a.jsonl" <<'PY'
import itertools, json, sys
gold = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    for i, deal in enumerate(d["deals"]):
        gold[(d["doc"], i)] = deal.get("key")
deal_of = {}
for line in open(sys.argv[2]):
    deal = json.loads(line)
    for c in deal["claims"]:
        k = (c["doc"], c["ordinal"])
        assert k not in deal_of, "claim in two deals: %r" % (k,)
        deal_of[k] = deal["id"]
missing = [k for k in gold if k not in deal_of]
assert not missing, "claims without a merged deal: %r" % missing[:5]
tp = fp = fn = 0
for a, b in itertools.combinations(sorted(gold), 2):
    same_gold = gold[a] is not None and gold[a] == gold[b]
    same_ledger = deal_of[a] == deal_of[b]
    tp += same_gold and same_ledger
    fp += same_ledger and not same_gold
    fn += same_gold and not same_ledger
p = tp / (tp + fp) if tp + fp else 1.0
r = tp / (tp + fn) if tp + fn else 1.0
f = 2 * p * r / (p + r) if p + r else 0.0
deals = len(set(deal_of.values()))
keys = len({v for v in gold.values() if v is not None})
print("claims %d, merged deals %d (gold keys %d); merge pairs: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)"
      % (len(gold), deals, keys, p, r, f, tp, fp, fn))
if f < 0.85:
    print("FAIL: merge F1 below 0.85")
    sys.exit(1)
PY
