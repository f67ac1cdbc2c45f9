#!/usr/bin/env bash
# The ledger from the command line: ingest (folders, stdin, re-ingest, changed
# files, errors, exit codes, summary), db check, schema refusal, reconcile,
# every query in every format, and exports that parse (JSONL, CSV, GraphML, DOT).
# Checks structure only: the assertions hold whatever deals the extractor finds.
# usage: ledger_cli.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1; src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
db=$work/ledger.db
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$work/news/sub"
cat > "$work/news/a.txt" <<'TXT'
Microsoft has invested $13 billion in OpenAI, the companies said on Monday.
TXT
cat > "$work/news/sub/b.txt" <<'TXT'
OpenAI agreed to buy $250 billion of Azure cloud services from Microsoft.
TXT
cat > "$work/news/sub/c.html" <<'TXT'
<html><head><title>Nvidia and OpenAI</title></head><body><p>Nvidia plans to invest up to $100 billion in OpenAI, the chipmaker said.</p></body></html>
TXT
echo '{"doc": "ignored gold file"}' > "$work/news/a.gold.jsonl"
echo 'not news' > "$work/news/notes.md"
if [ -d "$src/examples/news" ]; then cp "$src"/examples/news/*.txt "$work/news/" 2>/dev/null || true; fi

echo "--- first ingest"
"$bin" ingest --db "$db" "$work/news" 2> "$work/err" || { cat "$work/err"; fail "ingest exit $?"; }
cat "$work/err"
ndocs=$(sed -nE 's/^ingested ([0-9]+) documents \(([0-9]+) new, 0 unchanged\), [0-9]+ claims, 0 errors in [0-9.]+ s$/\1 \2/p' "$work/err")
read -r ndocs nnew <<< "$ndocs"
[ -n "$ndocs" ] && [ "$ndocs" = "$nnew" ] && [ "$ndocs" -ge 3 ] || fail "summary line"
[ "$(wc -l < "$work/err")" -eq 1 ] || fail "not a terminal: only the summary expected"
"$bin" db check --db "$db" > "$work/check" || { cat "$work/check"; fail "db check after ingest"; }
grep -q "^schema version: 4$" "$work/check" || fail "schema version shown"
grep -q "^documents:      $ndocs ($ndocs current)$" "$work/check" || { cat "$work/check"; fail "document count"; }
"$bin" export --db "$db" --format jsonl > "$work/first.jsonl"

echo "--- same files again: nothing changes"
"$bin" ingest --db "$db" "$work/news" 2> "$work/err"
grep -Eq "^ingested $ndocs documents \(0 new, $ndocs unchanged\), 0 claims, 0 errors" "$work/err" || { cat "$work/err"; fail "re-ingest"; }
"$bin" export --db "$db" --format jsonl > "$work/again.jsonl"
cmp -s "$work/first.jsonl" "$work/again.jsonl" || fail "re-ingest changed the ledger"

echo "--- a changed file is a new version"
echo "Microsoft has invested more than \$13 billion in OpenAI, the companies said." > "$work/news/a.txt"
"$bin" ingest --db "$db" --quiet "$work/news/a.txt" 2> "$work/err"
[ ! -s "$work/err" ] || fail "--quiet printed something"
"$bin" db check --db "$db" > "$work/check"
grep -q "^documents:      $((ndocs + 1)) ($ndocs current)$" "$work/check" || { cat "$work/check"; fail "version count"; }
[ "$(sqlite3 "$db" "SELECT max(version) FROM documents WHERE doc = 'a'")" = 2 ] || fail "version 2 of a"

echo "--- standard input, and errors per file"
echo "SoftBank agreed to invest \$40 billion in OpenAI." | "$bin" ingest --db "$db" - 2> "$work/err"
grep -q "^ingested 1 documents (1 new" "$work/err" || { cat "$work/err"; fail "stdin"; }
set +e
"$bin" ingest --db "$db" "$work/missing.txt" "$work/news/sub/b.txt" 2> "$work/err"; rc=$?
set -e
cat "$work/err"
[ $rc -eq 1 ] || fail "a missing input must give exit 1, got $rc"
grep -q "^$work/missing.txt: " "$work/err" || fail "error line 'path: message'"
grep -q "^ingested 1 documents (0 new, 1 unchanged), 0 claims, 1 errors" "$work/err" || fail "run continues after an error"

echo "--- reconcile gives the incremental ledger"
"$bin" export --db "$db" --format jsonl > "$work/before.jsonl"
"$bin" reconcile --db "$db" --quiet
"$bin" export --db "$db" --format jsonl > "$work/after.jsonl"
cmp -s "$work/before.jsonl" "$work/after.jsonl" || { diff "$work/before.jsonl" "$work/after.jsonl" | head; fail "reconcile differs"; }

echo "--- queries in every format"
for cmd in "deals" "deals --org OpenAI --type investment --since 2020 --min-amount 1 --limit 5" "deals --sort amount" \
           "deals --sort first --until 2030" "flows" "flows --org OpenAI --limit 3" "cycles" \
           "cycles --no-talks --max-length 3"; do
  # shellcheck disable=SC2086
  "$bin" $cmd --db "$db" --format json > "$work/q.json" || fail "$cmd json"
  python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); assert isinstance(v, list), type(v)' "$work/q.json" \
    || fail "$cmd: not a JSON array"
  # shellcheck disable=SC2086
  "$bin" $cmd --db "$db" --format csv > "$work/q.csv" || fail "$cmd csv"
  python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1]))); assert rows and rows[0], rows' "$work/q.csv" \
    || fail "$cmd: CSV without header"
  # shellcheck disable=SC2086
  "$bin" $cmd --db "$db" > "$work/q.txt" || fail "$cmd table"
done
# A table's cells before the last are cut to 48 code points, so no list of
# parties pushes a row past a screen's width by hundreds of columns.
"$bin" deals --db "$db" > "$work/q.txt" || fail "deals table"
python3 - "$work/q.txt" <<'PY' || fail "a table row is wider than its cut cells allow"
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for line in lines:
    cells = [c for c in line.split("  ") if c.strip()]
    assert all(len(c.strip()) <= 48 for c in cells[:-1]), line
PY
set +e
"$bin" org "Nobody At All" --db "$db" > /dev/null 2>&1; rc=$?
"$bin" show 0000000000000000 --db "$db" > /dev/null 2>&1; rc2=$?
"$bin" deals --db "$work/none.db" > /dev/null 2>&1; rc3=$?
set -e
[ $rc -eq 1 ] || fail "org of an unknown name: exit $rc"
[ $rc2 -eq 1 ] || fail "show of an unknown deal: exit $rc2"
[ $rc3 -eq 2 ] || fail "query on a missing database: exit $rc3"
[ ! -e "$work/none.db" ] || fail "a query created a database"
first=$("$bin" deals --db "$db" --format csv --limit 1 | sed -n 2p | cut -d, -f1)
if [ -n "$first" ]; then
  "$bin" show "$first" --db "$db" > /dev/null || fail "show $first"
  "$bin" show "$first" --db "$db" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["claims"] and d["history"]' \
    || fail "show json"
  org=$("$bin" show "$first" --db "$db" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print((d["from"] + d["to"])[0])')
  "$bin" org "$org" --db "$db" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["deals"] >= 1' \
    || fail "org json"
  echo "deals found: checked show and org on $first ($org)"
fi

echo "--- exports parse"
"$bin" export --db "$db" --format jsonl > "$work/x.jsonl"
python3 - "$work/x.jsonl" <<'PY' || fail "jsonl export"
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    assert d["schema_version"] == 1
    for k in ("id", "type", "asset", "from", "to", "status", "amount", "claims"):
        assert k in d, k
    for c in d["claims"]:
        for k in ("doc", "evidence", "status", "amount", "outlet", "date"):
            assert k in c, k
        assert set(c["evidence"]) >= {"start", "end", "text"}
PY
"$bin" export --db "$db" --format csv -o "$work/x.csv"
head -n 1 "$work/x.csv" | grep -q "^schema_version,id,type,asset,from,to,status,amount_min,amount_max,currency," \
  || fail "csv header"
python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1]))); assert all(len(r)==len(rows[0]) for r in rows)' "$work/x.csv" \
  || fail "csv rows"
"$bin" export --db "$db" --format graphml > "$work/x.graphml"
python3 - "$work/x.graphml" <<'PY' || fail "graphml export"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
graph = root.find("g:graph", ns)
assert graph is not None
assert graph.find("g:data[@key='schema_version']", ns).text == "1"
ids = {n.get("id") for n in graph.findall("g:node", ns)}
for e in graph.findall("g:edge", ns):
    assert e.get("source") in ids and e.get("target") in ids
PY
"$bin" export --db "$db" --format dot > "$work/x.dot"
# Graphviz's parser reads the whole export (gc counts its nodes and edges);
# laying out its thousands of nodes takes minutes, so the SVG is drawn from
# the small ledger below.
gc "$work/x.dot" > "$work/x.gc" || fail "graphviz could not read the DOT export"
awk '{ if ($1 + 0 < 100 || $2 + 0 < 100) exit 1 }' "$work/x.gc" || fail "too few nodes or edges in the DOT export"

echo "--- known claims (--claims): show, org, flows, cycles"
cat > "$work/claims.jsonl" <<'JSON'
{"doc": "a", "deals": [{"type": "investment", "asset": null, "from": ["Microsoft"], "to": ["OpenAI"], "amount": {"value": 13000000000, "currency": "USD", "qualifier": "over"}, "aggregate": false, "status": "completed", "attribution": [], "evidence": {"start": 0, "end": 9, "text": "Microsoft"}}]}
{"doc": "b", "deals": [{"type": "purchase", "asset": "cloud", "from": ["OpenAI"], "to": ["Azure"], "amount": {"value": 250000000000, "currency": "USD", "qualifier": "exact"}, "aggregate": false, "status": "announced", "attribution": ["Reuters"], "evidence": {"start": 0, "end": 6, "text": "OpenAI"}}]}
{"doc": "c", "deals": [{"type": "investment", "asset": null, "from": ["Nvidia"], "to": ["OpenAI"], "amount": {"value": 100000000000, "currency": "USD", "qualifier": "up_to"}, "aggregate": false, "status": "planned", "attribution": [], "evidence": {"start": 0, "end": 6, "text": "Nvidia"}}]}
JSON
k=$work/known.db
"$bin" ingest --db "$k" --quiet --claims "$work/claims.jsonl" "$work/news/a.txt" "$work/news/sub/b.txt" "$work/news/sub/c.html"
"$bin" deals --db "$k" --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert len(d) == 3, d
buy = [x for x in d if x["type"] == "purchase"][0]
assert buy["to"] == ["Azure"] and buy["to_top"] == ["Microsoft"], buy' || fail "deals from claims"
"$bin" cycles --db "$k" --format json | python3 -c '
import json, sys
c = json.load(sys.stdin)
assert len(c) == 1, c
legs = [(l["from"], l["to"]) for l in c[0]["legs"]]
assert legs == [("Microsoft", "OpenAI"), ("OpenAI", "Microsoft")], legs
assert c[0]["smallest_leg"] == 13000000000, c[0]' || fail "cycle Microsoft -> OpenAI -> Microsoft"
"$bin" org Azure --db "$k" --format json | python3 -c '
import json, sys
p = json.load(sys.stdin)
assert p["name"] == "Microsoft" and p["parent"] == "Microsoft" and p["units"] == ["Azure"], p
assert p["totals"]["received_agreed"][0]["amount_min"] == 250000000000, p["totals"]' || fail "org profile of a unit"
"$bin" flows --db "$k" --format csv | grep -q "^Nvidia,OpenAI,USD,0,0,0,1,100000000000,100000000000$" || fail "talks-only flow"
id=$("$bin" deals --db "$k" --type purchase --format csv | sed -n 2p | cut -d, -f1)
"$bin" show "$id" --db "$k" | grep -q "OpenAI" || fail "show"
"$bin" export --db "$k" --format dot | dot -Tsvg > "$work/known.svg" || fail "dot of known deals"
grep -q "<svg" "$work/known.svg" || fail "no svg"
"$bin" org OpenAI --db "$k" > /dev/null || fail "org table"
"$bin" cycles --db "$k" > /dev/null || fail "cycles table"

echo "--- db check finds problems; newer schemas are refused"
cp "$db" "$work/broken.db"
sqlite3 "$work/broken.db" "INSERT INTO deal_parties(org_id, deal_id, side, type, status, currency, first_date, last_date) VALUES(999999, 999999, 0, 'investment', 'talks', '', '', '')"
set +e
"$bin" db check --db "$work/broken.db" > "$work/check"; rc=$?
set -e
[ $rc -eq 1 ] || fail "db check on a broken ledger: exit $rc"
grep -q "^problem: " "$work/check" || fail "problem not shown"
sqlite3 "$db" "PRAGMA user_version = 99"
set +e
"$bin" db check --db "$db" > /dev/null 2> "$work/err"; rc=$?
"$bin" ingest --db "$db" "$work/news/a.txt" 2> "$work/err2"; rc2=$?
set -e
[ $rc -eq 1 ] || fail "db check on a newer schema: exit $rc"
grep -q "newer" "$work/err" || { cat "$work/err"; fail "newer-schema message"; }
[ $rc2 -eq 2 ] || fail "ingest into a newer schema: exit $rc2"
echo "PASS"
