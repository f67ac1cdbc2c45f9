#!/usr/bin/env bash
# `dealgraph ingest URL...` against a fixture server on 127.0.0.1 (tests/feeds/):
# feeds and pages land with the feed's or page's date; a slow, huge, looping,
# missing and broken source each give an error naming the URL and exit 1 while
# the good ones land; the User-Agent names dealgraph; the per-host delay holds;
# a second run costs only 304s and adds nothing; a feed without validators is
# skipped by its hash; a feed is known by content; --follow-links uses the
# pages' text; an item that changes becomes a new version.
# usage: feeds_ingest.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
source "$src/tests/feeds/common.sh"
trap 'stop_server; rm -rf "$work"' EXIT
export no_proxy="127.0.0.1,localhost" NO_PROXY="127.0.0.1,localhost"
start_server
db="$work/feeds.db"
echo "Ampere Labs agreed to invest \$30 million in Quillstone Labs, the companies said." > "$work/local.txt"

echo "--- good and bad sources in one run"
set +e
"$bin" ingest --db "$db" --delay 0.3s --timeout 1s --max-bytes 1MB --max-redirects 2 \
  "$base/tech.rss" "$base/chips.atom" "$base/pages/softbank-scale.html" "$work/local.txt" \
  "$base/slow?s=4" "$base/huge" "$base/huge-stream" "$base/loop" "$base/missing.rss" "$base/broken.xml" \
  2> "$work/err"
rc=$?
set -e
cat "$work/err"
[ $rc -eq 1 ] || fail "bad sources must give exit 1, got $rc"
expect_err() { grep -qF -- "$1" "$work/err" || fail "no error line: $1"; }
expect_err "$base/slow?s=4: no complete response within 1 s (--timeout)"
expect_err "$base/huge: the response is larger than 1048576 bytes (--max-bytes)"
expect_err "$base/huge-stream: the response is larger than 1048576 bytes (--max-bytes)"
expect_err "$base/loop: more than 2 redirects (--max-redirects)"
expect_err "$base/missing.rss: HTTP 404"
expect_err "$base/broken.xml:4: broken XML"
grep -Eq "^ingested 7 documents \(7 new, 0 unchanged\), [0-9]+ claims, 6 errors" "$work/err" || fail "summary"
grep -q "^URLs: 3 read, 0 not modified, 0 unchanged, 6 failed$" "$work/err" || fail "URL summary"
"$bin" db check --db "$db" > "$work/check" || { cat "$work/check"; fail "db check"; }

echo "--- dates, outlets and ids come from the feed and the page"
[ "$(q "$db" "SELECT published || ' ' || outlet FROM documents WHERE doc = 'cl-1002'")" = "2025-03-10 Circuit Ledger" ] \
  || fail "feed item date and outlet"
[ "$(q "$db" "SELECT published FROM documents WHERE doc = 'tag-fab-weekly.test-2025-samsung-qualcomm'")" = "2025-01-07" ] \
  || fail "Atom updated date"
[ "$(q "$db" "SELECT published || ' ' || outlet || ' ' || published_from_file_time FROM documents WHERE doc = 'softbank-scale'")" \
  = "2024-09-30 Ledger Daily 0" ] || fail "page date"
[ "$(q "$db" "SELECT s.path FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.doc = 'cl-1001'")" = "$base/tech.rss" ] \
  || fail "source of a feed item is the feed URL"
[ "$(q "$db" "SELECT url FROM documents WHERE doc = 'cl-1001'")" = "$base/pages/ferrowerk.html" ] \
  || fail "relative item link resolved against the feed URL"
"$bin" deals --db "$db" --format json > "$work/deals.json"
python3 - "$work/deals.json" <<'PY' || fail "deals json"
import json, sys
deals = json.load(open(sys.argv[1]))
by_to = {d["to"][0] if d["to"] else "": d for d in deals}
assert by_to["Mistral AI"]["first_reported"] == "2025-03-10", by_to["Mistral AI"]
assert by_to["Kestrel Networks"]["first_reported"] == "2024-11-18"
assert by_to["Kestrel Networks"]["status"] == "completed"
assert by_to["Scale AI"]["first_reported"] == "2024-09-30"
print("deals:", len(deals))
PY
# The time filters use those dates, not the time of the fetch.
since=$("$bin" deals --db "$db" --since 2025-03-01 --format json | python3 -c 'import json,sys; print(" ".join(sorted(d["to"][0] for d in json.load(sys.stdin))))')
[ "$since" = "Ferrowerk Robotics Mistral AI" ] || fail "deals --since 2025-03-01 gave: $since"

echo "--- User-Agent and politeness"
python3 - "$log" <<'PY' || fail "User-Agent or delay"
import json, sys
entries = sorted((json.loads(l) for l in open(sys.argv[1])), key=lambda e: e["t"])
assert entries, "no request logged"
for e in entries:
    assert e["ua"].startswith("dealgraph/"), e
# Requests to the host, leaving out the hops curl makes inside one redirect chain.
starts = [e for i, e in enumerate(entries) if not (e["path"] in ("/loop", "/loop-b") and i > 0 and entries[i - 1]["path"] in ("/loop", "/loop-b"))]
gaps = [b["t"] - a["t"] for a, b in zip(starts, starts[1:])]
assert min(gaps) >= 0.29, gaps
print("requests: %d, smallest gap between two: %.3f s" % (len(starts), min(gaps)))
PY

echo "--- a second run costs only conditional requests"
: > "$log"
"$bin" ingest --db "$db" --delay 0 "$base/tech.rss" "$base/chips.atom" "$base/pages/softbank-scale.html" "$work/local.txt" 2> "$work/err" \
  || { cat "$work/err"; fail "second run"; }
cat "$work/err"
grep -Eq "^ingested 1 documents \(0 new, 1 unchanged\), 0 claims, 0 errors" "$work/err" || fail "second run summary"
grep -q "^URLs: 0 read, 3 not modified, 0 unchanged, 0 failed$" "$work/err" || fail "second run: 304s expected"
[ "$(requests /tech.rss 304)" = 1 ] || fail "tech.rss not answered 304"
python3 - "$log" <<'PY' || fail "validators sent"
import json, sys
# Only this run's sources: the first run's slow request may still be logged
# here when its handler finishes after the client gave up on it.
asked = ("/tech.rss", "/chips.atom", "/pages/softbank-scale.html")
seen = 0
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e["path"] not in asked:
        continue
    seen += 1
    assert e["inm"].startswith('"') and e["ims"].endswith("GMT"), e
assert seen == 3, seen
PY

echo "--- no validators: the body's hash says it is unchanged"
"$bin" ingest --db "$db" --delay 0 "$base/nocache/chips.atom" 2> "$work/err" || { cat "$work/err"; fail "nocache 1"; }
grep -Eq "^ingested 2 documents \(0 new, 2 unchanged\)" "$work/err" || { cat "$work/err"; fail "nocache 1 summary"; }
"$bin" ingest --db "$db" --delay 0 "$base/nocache/chips.atom" 2> "$work/err" || { cat "$work/err"; fail "nocache 2"; }
grep -q "^ingested 0 documents" "$work/err" && grep -q "^URLs: 0 read, 0 not modified, 1 unchanged, 0 failed$" "$work/err" \
  || { cat "$work/err"; fail "nocache 2: unchanged body expected"; }

echo "--- a feed is known by its content (no extension, served as text/html)"
"$bin" ingest --db "$db" --delay 0 "$base/latest" 2> "$work/err" || { cat "$work/err"; fail "latest"; }
grep -Eq "^ingested 3 documents \(0 new, 3 unchanged\)" "$work/err" || { cat "$work/err"; fail "latest read as a feed"; }

echo "--- a feed in ISO-8859-1 is converted to UTF-8"
python3 - "$work/site/latin1.rss" <<'PY'
import sys
feed = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>R\u00e9seau Tech</title>'
        '<item><guid>rt-1</guid><title>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale backs Mistral AI</title>'
        '<pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate>'
        '<description>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale agreed to invest \u20ac50 million in Mistral AI.</description>'
        '</item></channel></rss>\n')
open(sys.argv[1], "wb").write(feed.replace("\u20ac", "EUR ").encode("iso-8859-1"))
PY
"$bin" ingest --db "$db" --delay 0 "$base/latin1.rss" 2> "$work/err" || { cat "$work/err"; fail "latin1"; }
[ "$(q "$db" "SELECT outlet || ' | ' || title FROM documents WHERE doc = 'rt-1'")" = "Réseau Tech | Société Générale backs Mistral AI" ] \
  || fail "ISO-8859-1 feed: $(q "$db" "SELECT outlet || ' | ' || title FROM documents WHERE doc = 'rt-1'")"

echo "--- --follow-links: the pages' main text, the feed's dates"
ldb="$work/links.db"
: > "$log"
"$bin" ingest --db "$ldb" --delay 0 --follow-links "$base/tech.rss" 2> "$work/err" || { cat "$work/err"; fail "follow-links"; }
cat "$work/err"
grep -q "^URLs: 1 read, 0 not modified, 0 unchanged, 0 failed, 3 links followed$" "$work/err" || fail "links summary"
[ "$(requests /pages/ferrowerk.html 200)" = 1 ] || fail "link fetched"
q "$ldb" "SELECT text FROM texts" | grep -q "double its engineering staff in Linz" || fail "page text used"
q "$ldb" "SELECT text FROM texts" | grep -q "Texas and Ontario" || fail "page text of the undated item used"
[ "$(q "$ldb" "SELECT group_concat(published, ' ') FROM (SELECT published FROM documents ORDER BY published)")" \
  = "2025-02-20 2025-03-04 2025-03-10" ] || fail "feed dates kept with --follow-links"
"$bin" ingest --db "$ldb" --delay 0 --follow-links "$base/tech.rss" 2> "$work/err" || { cat "$work/err"; fail "follow-links again"; }
grep -q "^URLs: 0 read, 1 not modified, 0 unchanged, 0 failed$" "$work/err" || { cat "$work/err"; fail "follow-links again: 304"; }
# A link that fails keeps the feed's text, reports the link, and keeps the feed to be read again.
sed 's#/pages/oracle-cohere.html#/pages/gone.html#' "$work/site/tech.rss" > "$work/site/gone.rss"
set +e
"$bin" ingest --db "$ldb" --delay 0 --follow-links "$base/gone.rss" 2> "$work/err"; rc=$?
set -e
cat "$work/err"
[ $rc -eq 1 ] || fail "a failed link must give exit 1"
grep -qF "$base/pages/gone.html: item" "$work/err" && grep -q "link not used, the feed's text is kept: HTTP 404" "$work/err" \
  || fail "failed link message"
q "$ldb" "SELECT text FROM texts" | grep -q "^Oracle signed a \$5 billion contract to supply cloud computing capacity to Cohere over five years.$" \
  || fail "feed text kept when the link fails"
[ -z "$(q "$ldb" "SELECT 1 FROM source_state WHERE source = '$base/gone.rss'")" ] || fail "state saved despite a failed link"

echo "--- an item that changes is a new version; a new item is added"
live_feed 1
"$bin" ingest --db "$db" --delay 0 "$base/live.rss" 2> "$work/err" || { cat "$work/err"; fail "live 1"; }
grep -Eq "^ingested 1 documents \(1 new" "$work/err" || { cat "$work/err"; fail "live 1 summary"; }
sleep 1.1  # a new Last-Modified second
live_feed 2
"$bin" ingest --db "$db" --delay 0 "$base/live.rss" 2> "$work/err" || { cat "$work/err"; fail "live 2"; }
grep -Eq "^ingested 2 documents \(2 new, 0 unchanged\)" "$work/err" || { cat "$work/err"; fail "live 2 summary"; }
[ "$(q "$db" "SELECT group_concat(version || ':' || current || ':' || published, ' ') FROM (SELECT * FROM documents WHERE doc = 'live-1' ORDER BY version)")" \
  = "1:0:2025-02-05 2:1:2025-02-06" ] || fail "live-1 versions"
"$bin" db check --db "$db" > "$work/check" || { cat "$work/check"; fail "final db check"; }
echo "PASS: $(q "$db" "SELECT count(*) FROM documents") documents, $(q "$db" "SELECT count(*) FROM source_state") URL states"
