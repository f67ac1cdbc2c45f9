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
import json, sys

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

# Every simple path of up to four nodes that starts at its smallest node and
# returns to it: a plain depth-first walk over the edge set.
succ = {}
for a, b in edges:
    succ.setdefault(a, set()).add(b)
expected = set()
def walk(path):
    for n in succ.get(path[-1], ()):
        if n == path[0] and len(path) >= 2:
            expected.add(tuple(path))
        elif n > path[0] and n not in path and len(path) < 4:
            walk(path + [n])
for start in sorted(succ):
    walk([start])

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
