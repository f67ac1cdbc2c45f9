#!/usr/bin/env bash
# Crash safety: ingest 2,000 generated articles, SIGKILL the ingest at 24
# points, check the database after each kill, then finish the ingest and
# compare with a clean run: same documents, same claims, same merged deals
# (export --format jsonl), nothing lost, no duplicates.
# usage: ledger_kill.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

python3 - "$work/news" "$work/claims.jsonl" <<'PY'
# Articles as text files (dated by file time) and as JSON Lines (dated), with
# the claims an extractor would give in a claims file, so that merging runs
# whatever the extractor finds today.
import json, os, sys
out, claims_path = sys.argv[1], sys.argv[2]
os.makedirs(out)
buyers = ["Microsoft", "Amazon", "Google", "NVIDIA", "Oracle", "SoftBank", "Meta", "Apple", "Intel", "AMD"]
targets = ["OpenAI", "Anthropic", "Mistral AI", "xAI", "CoreWeave", "Cohere", "Scale AI", "Databricks"]
statuses = ["talks", "announced", "completed"]
claims = open(claims_path, "w")
jsonl = None
for i in range(2000):
    a, t = buyers[i % len(buyers)], targets[(i * 7) % len(targets)]
    n = 1 + (i % 37) % 5
    text = ("Report %d. %s has agreed to invest $%d billion in %s, the companies said on Monday. "
            "%s also signed a deal to buy cloud computing services from %s.\n" % (i, a, n, t, t, a))
    doc = "article-%05d" % i
    deals = [
        {"type": "investment", "asset": None, "from": [a], "to": [t],
         "amount": {"value": n * 1e9, "currency": "USD", "qualifier": "exact"}, "aggregate": False,
         "status": statuses[i % 3], "attribution": [], "evidence": {"start": 0, "end": 10, "text": text[:10]}},
        {"type": "purchase", "asset": "cloud", "from": [t], "to": [a], "amount": None, "aggregate": False,
         "status": "announced", "attribution": [], "evidence": {"start": 0, "end": 10, "text": text[:10]}},
    ]
    claims.write(json.dumps({"doc": doc, "deals": deals}) + "\n")
    if i % 2 == 0:
        sub = os.path.join(out, "batch%02d" % (i // 250))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, doc + ".txt"), "w") as f:
            f.write(text)
    else:
        if i % 20 == 1:
            jsonl = open(os.path.join(out, "feed-%05d.jsonl" % i), "w")
        date = "20%02d-%02d-%02d" % (20 + i % 6, 1 + i % 12, 1 + i % 28)
        jsonl.write(json.dumps({"id": doc, "text": text, "published": date, "outlet": "Wire %d" % (i % 7)}) + "\n")
        jsonl.flush()
PY
# Same modification times for the clean and the killed runs (dates come from them).
find "$work/news" -type f -exec touch -d "2025-10-01 12:00:00" {} +

"$bin" ingest --db "$work/clean.db" --quiet --claims "$work/claims.jsonl" "$work/news" || fail "clean ingest"
"$bin" db check --db "$work/clean.db" > /dev/null || fail "clean db check"
total=$(sqlite3 "$work/clean.db" "SELECT count(*) FROM documents")
[ "$total" -eq 2000 ] || fail "clean run stored $total documents"
deals=$(sqlite3 "$work/clean.db" "SELECT count(*) FROM deals")
[ "$deals" -gt 100 ] && [ "$deals" -lt 4000 ] || fail "clean run merged 4000 claims into $deals deals"

# 24 kills at points drawn from a fixed seed (tests/ledger_kill.py): half once
# the database holds a rising number of documents, half after a random delay
# (while files are read, a batch is written or merged, or a commit is under
# way), with batches of 1 to 60 documents; `db check` after each.
python3 -u "$src/tests/ledger_kill.py" "$bin" "$work/killed.db" "$work/news" "$work/claims.jsonl" 24 20261126 ||
  fail "a kill left a database that fails db check, or too few kills landed"
killed=24

"$bin" ingest --db "$work/killed.db" --quiet --claims "$work/claims.jsonl" "$work/news" || fail "final ingest"
"$bin" db check --db "$work/killed.db" > /dev/null || fail "final db check"
q="SELECT d.hash, d.version, d.current, s.path, d.doc, d.published FROM documents d JOIN sources s ON s.id = d.source_id ORDER BY d.hash"
cmp -s <(sqlite3 "$work/clean.db" "$q") <(sqlite3 "$work/killed.db" "$q") || fail "documents differ from the clean run"
q="SELECT d.hash, c.ordinal, c.type, c.from_names, c.to_names, c.status FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY 1, 2"
cmp -s <(sqlite3 "$work/clean.db" "$q") <(sqlite3 "$work/killed.db" "$q") || fail "claims differ from the clean run"
"$bin" export --db "$work/clean.db" --format jsonl > "$work/clean.jsonl"
"$bin" export --db "$work/killed.db" --format jsonl > "$work/killed.jsonl"
cmp -s "$work/clean.jsonl" "$work/killed.jsonl" || { diff "$work/clean.jsonl" "$work/killed.jsonl" | head; fail "ledger differs from the clean run"; }
echo "PASS: $(wc -l < "$work/clean.jsonl") merged deals, $total documents, identical after $killed kills"
