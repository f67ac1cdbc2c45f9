#!/usr/bin/env bash
# Cycles in a ledger of the sample corpus built from its gold deals: the loops
# the articles describe (an investment one way, purchases the other way) are
# found, and nothing else: the cycle list equals a brute-force enumeration of
# the ledger's money edges (investments, purchases, acquisitions not cancelled).
# usage: ledger_cycles.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1; src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat "$src"/examples/news/*.gold.jsonl > "$work/gold.jsonl"
"$bin" ingest --db "$work/g.db" --quiet --claims "$work/gold.jsonl" "$src/examples/news"
"$bin" export --db "$work/g.db" --format jsonl > "$work/deals.jsonl"
"$bin" cycles --db "$work/g.db" --format json --max-length 4 --limit 1000 > "$work/cycles.json"
python3 - "$work/deals.jsonl" "$work/cycles.json" <<'PY'
import itertools, json, sys

edges = set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d["type"] not in ("investment", "purchase", "acquisition") or d["status"] == "cancelled":
        continue
    for a in d.get("from_top") or []:
        for b in d.get("to_top") or []:
            if a and b and a != b:
                edges.add((a, b))

def canonical(nodes):
    i = nodes.index(min(nodes))
    return tuple(nodes[i:] + nodes[:i])

nodes = sorted({n for e in edges for n in e})
expected = set()
for k in range(2, 5):
    for combo in itertools.permutations(nodes, k):
        if combo[0] != min(combo):
            continue
        if all((combo[i], combo[(i + 1) % k]) in edges for i in range(k)):
            expected.add(canonical(list(combo)))

found = set()
for c in json.load(open(sys.argv[2])):
    legs = c["legs"]
    for a, b in zip(legs, legs[1:] + legs[:1]):
        assert a["to"] == b["from"], legs
    found.add(canonical([l["from"] for l in legs]))

assert found == expected, f"missing {sorted(expected - found)}, extra {sorted(found - expected)}"
lowered = {tuple(n.lower() for n in c) for c in found}
for pair in [("microsoft", "openai"), ("amazon", "anthropic"), ("nvidia", "openai"), ("coreweave", "nvidia")]:
    assert any(set(c) == set(pair) and len(c) == 2 for c in lowered), f"no loop {pair}: {sorted(found)}"
print(f"{len(found)} cycles, equal to brute force over {len(edges)} money edges")
PY
