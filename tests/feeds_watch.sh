#!/usr/bin/env bash
# `dealgraph watch` against a fixture server on 127.0.0.1 (tests/feeds/):
# --once twice with a changed feed and a new file between adds only what is
# new; a third pass adds nothing and costs only 304s; a running watch picks up
# a change, stops cleanly on SIGTERM, and a restarted watch keeps the schedule
# (no URL asked again before its turn); a watch killed with SIGKILL mid-pass and
# started again ends with the same ledger as a clean run.
# usage: feeds_watch.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
source "$src/tests/feeds/common.sh"
watch_pid=""
trap '[ -n "$watch_pid" ] && kill -9 "$watch_pid" 2> /dev/null; stop_server; rm -rf "$work"' EXIT
export no_proxy="127.0.0.1,localhost" NO_PROXY="127.0.0.1,localhost"
start_server
db="$work/watch.db"
mkdir -p "$work/news"
echo "Ampere Labs agreed to invest \$30 million in Quillstone Labs, the companies said." > "$work/news/ampere.txt"
sources=("$base/tech.rss" "$base/chips.atom" "$base/live.rss" "$work/news")
live_feed 1

echo "--- watch --once, twice, with a change between"
"$bin" watch --once --db "$db" --delay 0.1s "${sources[@]}" 2> "$work/err" || { cat "$work/err"; fail "first pass"; }
cat "$work/err"
grep -Eq "^watch: pass 1 at .*: 4 of 4 sources due; 7 documents \(7 new, 0 unchanged\), [0-9]+ claims, 0 errors; URLs: 3 read, 0 not modified" \
  "$work/err" || fail "first pass summary"
live_feed 2 2  # a Last-Modified after the one seen
echo "Cisco agreed to acquire Quillstone Labs for \$1.4 billion, the companies said." > "$work/news/cisco.txt"
: > "$log"
"$bin" watch --once --db "$db" --delay 0.1s "${sources[@]}" 2> "$work/err" || { cat "$work/err"; fail "second pass"; }
cat "$work/err"
grep -Eq "; 4 documents \(3 new, 1 unchanged\), [0-9]+ claims, 0 errors; URLs: 1 read, 2 not modified, 0 unchanged, 0 failed" \
  "$work/err" || fail "second pass: the changed item, the new item and the new file"
[ "$(requests /tech.rss 304)" = 1 ] && [ "$(requests /chips.atom 304)" = 1 ] || fail "unchanged feeds not asked conditionally"
[ "$(q "$db" "SELECT group_concat(version || ':' || current, ' ') FROM (SELECT * FROM documents WHERE doc = 'live-1' ORDER BY version)")" \
  = "1:0 2:1" ] || fail "the changed item is version 2"
"$bin" watch --once --db "$db" --delay 0.1s "${sources[@]}" 2> "$work/err" || { cat "$work/err"; fail "third pass"; }
grep -Eq "\(0 new, 2 unchanged\), 0 claims, 0 errors; URLs: 0 read, 3 not modified" "$work/err" \
  || { cat "$work/err"; fail "third pass adds nothing"; }
# --once exits with the ingest's code: 1 when a source fails.
set +e
"$bin" watch --once --db "$db" --delay 0 "$base/missing.rss" "$work/news" 2> "$work/err"; rc=$?
set -e
[ $rc -eq 1 ] && grep -qF "$base/missing.rss: HTTP 404" "$work/err" || { cat "$work/err"; fail "--once with a 404: exit $rc"; }
"$bin" db check --db "$db" > "$work/check" || { cat "$work/check"; fail "db check"; }

echo "--- a running watch: a change is picked up, SIGTERM stops it between passes"
live_feed 1
sleep 1
"$bin" watch --every 1s --db "$db" --delay 0 "$base/live.rss" 2> "$work/loop.err" &
watch_pid=$!
sleep 2.5
live_feed 3
sleep 3
kill -TERM "$watch_pid"
set +e
wait "$watch_pid"; rc=$?
set -e
watch_pid=""
cat "$work/loop.err"
[ $rc -eq 0 ] || fail "SIGTERM: exit $rc"
grep -q "^watch: stopped$" "$work/loop.err" || fail "no clean stop"
passes=$(grep -c "^watch: pass " "$work/loop.err")
[ "$passes" -ge 3 ] || fail "only $passes passes in 5.5 s with --every 1s"
grep -Eq "documents \([1-9][0-9]* new" "$work/loop.err" || fail "the change was not picked up"

echo "--- a restarted watch keeps each URL's turn"
: > "$log"
"$bin" watch --every 1h --db "$db" --delay 0 "$base/tech.rss" "$base/chips.atom" "$work/news" 2> "$work/restart.err" &
watch_pid=$!
sleep 2
kill -INT "$watch_pid"
wait "$watch_pid" || fail "SIGINT: exit $?"
watch_pid=""
cat "$work/restart.err"
grep -q "1 of 3 sources due" "$work/restart.err" || fail "URLs checked a moment ago are not due"
[ "$(requests /tech.rss)" = 0 ] && [ "$(requests /chips.atom)" = 0 ] || fail "a restarted watch asked again before the URL's turn"

echo "--- SIGKILL mid-pass, then a restart: the same ledger as a clean run"
kill_sources=("$base/tech.rss" "$base/pages/softbank-scale.html" "$base/pages/undated.html" "$work/news")
opts=(--once --delay 0.4s --follow-links --batch 1 --threads 1 -q)
"$bin" watch "${opts[@]}" --db "$work/clean.db" "${kill_sources[@]}" 2> "$work/err" || { cat "$work/err"; fail "clean run"; }
: > "$log"
"$bin" watch "${opts[@]}" --db "$work/killed.db" "${kill_sources[@]}" 2> "$work/err" &
watch_pid=$!
sleep 1.5
kill -0 "$watch_pid" 2> /dev/null || fail "the pass ended before the kill"
kill -9 "$watch_pid"
wait "$watch_pid" 2> /dev/null || true
watch_pid=""
asked=$(wc -l < "$log")
stored=$(q "$work/killed.db" "SELECT count(*) FROM documents" 2> /dev/null || echo 0)
echo "killed after $asked requests with $stored documents stored"
[ "$asked" -lt 6 ] || fail "the kill did not land mid-pass (6 requests make a pass)"
[ "$stored" -ge 1 ] || fail "nothing was committed before the kill (documents are stored as the pass goes)"
if [ -e "$work/killed.db" ]; then
  "$bin" db check --db "$work/killed.db" > "$work/check" || { cat "$work/check"; fail "db check after the kill"; }
fi
"$bin" watch "${opts[@]}" --db "$work/killed.db" "${kill_sources[@]}" 2> "$work/err" || { cat "$work/err"; fail "restart"; }
docs="SELECT d.hash, d.version, d.current, s.path, d.doc, d.published, d.published_from_file_time, d.outlet FROM documents d JOIN sources s ON s.id = d.source_id ORDER BY d.hash"
cmp -s <(q "$work/clean.db" "$docs") <(q "$work/killed.db" "$docs") || fail "documents differ from the clean run"
state="SELECT source, etag, body_hash FROM source_state ORDER BY source"
cmp -s <(q "$work/clean.db" "$state") <(q "$work/killed.db" "$state") || fail "URL states differ from the clean run"
"$bin" export --db "$work/clean.db" --format jsonl > "$work/clean.jsonl"
"$bin" export --db "$work/killed.db" --format jsonl > "$work/killed.jsonl"
cmp -s "$work/clean.jsonl" "$work/killed.jsonl" || { diff "$work/clean.jsonl" "$work/killed.jsonl" | head; fail "ledger differs"; }
"$bin" db check --db "$work/killed.db" > /dev/null || fail "db check after the restart"
echo "PASS: $(q "$db" "SELECT count(*) FROM documents") documents watched; killed run equal to the clean one ($(wc -l < "$work/clean.jsonl") deals)"
