#!/usr/bin/env bash
# Bad and hostile inputs (issue 5): each is generated here, given to
# `dealgraph extract` before a good file, and must give a clear error naming
# the file (and line, for JSON Lines), leave the good file's deals intact and
# make the exit status non-zero; inputs that are odd but legal must not fail.
# Then the ledger: an ingest with bad files fails, but `db check` passes and
# every deal exported before is still exported.
# See docs/reliability.md for the guarantees this checks.
# usage: bad_input.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$work"

good=$work/good.txt
echo 'Microsoft has invested $13 billion in OpenAI, the companies said on Monday.' > "$good"
"$bin" extract "$good" > good.out || fail "a good file alone must exit 0"
grep -q '"doc":"good"' good.out && grep -q '"from":\["Microsoft"\]' good.out || { cat good.out; fail "good file deals"; }

# expect_error FILE PATTERN: extract FILE then the good file; stderr must match
# PATTERN (which names the file), the good file's deals must come out, exit 1.
expect_error() {
  local file=$1 pattern=$2 rc=0
  "$bin" extract "$file" "$good" > out 2> err || rc=$?
  [ $rc -eq 1 ] || { cat err; fail "$file: exit $rc, want 1"; }
  grep -Eq -- "$pattern" err || { cat err; fail "$file: stderr does not match '$pattern'"; }
  cmp -s out good.out || { cat out; fail "$file: the good file's deals changed"; }
  echo "ok   $(basename "$file"): $(head -n 1 err)"
}

# expect_ok FILE: legal input; exit 0, the good file's deals still come out last.
expect_ok() {
  local file=$1 rc=0
  "$bin" extract "$file" "$good" > out 2> err || rc=$?
  [ $rc -eq 0 ] || { head -c 2000 err; fail "$file: exit $rc, want 0"; }
  [ ! -s err ] || { head -c 2000 err; fail "$file: unexpected messages"; }
  [ "$(tail -n 1 out)" = "$(cat good.out)" ] || fail "$file: the good file's deals are missing"
  echo "ok   $(basename "$file"): accepted, $(($(wc -l < out) - 1)) document line(s)"
}

echo "--- unreadable files: one error naming the file"
printf 'Acme paid \xff\xfe money to Beta.\n' > invalid-utf8.txt
expect_error invalid-utf8.txt "^dealgraph: invalid-utf8.txt: invalid UTF-8 at byte 10; .*\(invalid-utf8\)$"
printf '\xff\xfeM\x00i\x00c\x00r\x00o\x00s\x00o\x00f\x00t\x00\n\x00' > utf16.txt
expect_error utf16.txt "^dealgraph: utf16.txt: .*UTF-16.*\(invalid-utf8\)$"
printf 'Microsoft invests\0 $1 billion in OpenAI.\n' > nul.txt
expect_error nul.txt "^dealgraph: nul.txt: .*\(binary-input\)$"
head -c 4096 /bin/sh > binary.txt
expect_error binary.txt "^dealgraph: binary.txt: .*\((binary-input|invalid-utf8)\)$"
: > empty.txt
expect_error empty.txt "^dealgraph: empty.txt: .*\(empty-input\)$"
printf ' \n\t\n' > blank.txt
expect_error blank.txt "^dealgraph: blank.txt: .*\(empty-input\)$"
expect_error missing.txt "^dealgraph: missing.txt: cannot open"
mkdir folder.txt
expect_error folder.txt "^dealgraph: folder.txt: is a directory"

echo "--- a 200 MB file of one line: refused quickly, memory bounded"
python3 -c "
import sys
chunk = b'Acme Corp invested \$5 billion in Beta Labs and ' * 1024
with open('huge.txt', 'wb') as f:
    for _ in range(200 * 1024 * 1024 // len(chunk)): f.write(chunk)
"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o huge.time "$bin" extract huge.txt "$good" > out 2> err || true
  rss_kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' huge.time)
  echo "     max RSS ${rss_kb} kB"
  [ "$rss_kb" -lt $((1536 * 1024)) ] || fail "200 MB input used ${rss_kb} kB (limit 1.5 GB)"
else
  echo "     /usr/bin/time missing: RSS not checked"
fi
expect_error huge.txt "^dealgraph: huge.txt: the document text is [0-9]+ bytes; the limit is 67108864 \(too-large\)$"
rm -f huge.txt
python3 -c "open('huger.txt','wb').truncate(300 * 1024 * 1024)"   # sparse: no disk used
expect_error huger.txt "^dealgraph: huger.txt: the input is 314572800 bytes; the limit is 268435456 \(too-large\)$"
rm -f huger.txt

echo "--- HTML"
python3 -c "
n = 100000
open('deep.html', 'w').write('<html><body>' + '<div>' * n + '<p>Google invested \$2 billion in Anthropic.</p>' + '</div>' * n + '</body></html>')
open('deep-unclosed.html', 'w').write('<html><body>' + '<span><b>' * n + 'Google invested \$2 billion in Anthropic.')
"
expect_ok deep.html
grep -q '"doc":"deep".*"to":\["Anthropic"\]' out || { head -c 1000 out; fail "deep.html: the deal inside lost"; }
expect_ok deep-unclosed.html
printf '<html><body><p>Oracle bought Cerner for $28 billion.<p>Nvidia <b>bought <i>Run:ai' > unterminated-tags.html
expect_ok unterminated-tags.html
grep -q '"doc":"unterminated-tags".*Oracle' out || fail "unterminated-tags.html: deal lost"
printf '<html><body><p>Oracle bought Cerner for $28 billion.</p><!-- the rest is a comment <p>Nvidia bought Run:ai.</p>' > unterminated-comment.html
expect_ok unterminated-comment.html
printf '<html><body><!-- only a comment, never closed <p>Nvidia bought Run:ai.</p>' > only-comment.html
expect_error only-comment.html "^dealgraph: only-comment.html: the HTML page has no text \(empty-input\)$"
printf '<html><body><p title="never closed>Oracle bought Cerner.</p></body></html>' > unterminated-attr.html
"$bin" extract unterminated-attr.html "$good" > out 2> err || true   # no text or some text: either is fine
[ "$(tail -n 1 out)" = "$(cat good.out)" ] || fail "unterminated-attr.html: good file lost"
echo "ok   unterminated-attr.html: $(head -n 1 err)"

echo "--- JSON Lines: each bad line reported with file:line, the good lines kept"
cat > broken.jsonl <<'JSONL'
{"id": "j1", "text": "Nvidia agreed to invest $5 billion in Intel."}
{"id": "j2", "text": "cut off
{"id": "j3", "text": 42}
{"id": "j4", "title": "no text here"}
{"id": ["j5"], "text": "Arrays are not ids."}
[1, 2, 3]
{"id": "j7", "text": "   "}
{"id": "j8", "text": null, "html": 7}

{"id": "j10", "text": "SoftBank will invest $40 billion in OpenAI.", "published": 20250101}
{"id": "j11", "text": "Meta bought a 49% stake in Scale AI for $14.3 billion."}
JSONL
rc=0; "$bin" extract broken.jsonl "$good" > out 2> err || rc=$?
cat err
[ $rc -eq 1 ] || fail "broken.jsonl: exit $rc"
for line in 2 3 4 5 6 7 8 10; do
  grep -q "^dealgraph: broken.jsonl:$line: line $line: " err || fail "broken.jsonl: no error for line $line"
done
[ "$(wc -l < err)" -eq 8 ] || fail "broken.jsonl: one error per bad line expected"
grep -q "broken.jsonl:3: line 3: field \"text\" must be a string, not number (schema-error)" err || fail "wrong type message"
grep -q "broken.jsonl:4: line 4: field \"text\" is missing (schema-error)" err || fail "missing text message"
[ "$(sed -n 1p out | grep -c '"doc":"j1".*Intel')" = 1 ] || fail "j1 lost"
[ "$(sed -n 2p out | grep -c '"doc":"j11".*Scale AI')" = 1 ] || fail "j11 lost"
[ "$(tail -n 1 out)" = "$(cat good.out)" ] || fail "broken.jsonl: good file lost"
python3 -c "print('{\"id\":\"big\",\"text\":\"' + 'x' * (70 * 1024 * 1024) + '\"}')" > bigline.jsonl
echo '{"id": "after", "text": "Nvidia agreed to invest $5 billion in Intel."}' >> bigline.jsonl
rc=0; "$bin" extract bigline.jsonl "$good" > out 2> err || rc=$?
[ $rc -eq 1 ] && grep -q "^dealgraph: bigline.jsonl:1: line 1: the line is [0-9]* bytes; the limit is 67108864 (too-large)$" err \
  || { cat err; fail "bigline.jsonl: line size limit"; }
grep -q '"doc":"after"' out || fail "bigline.jsonl: the line after a too-long line lost"
echo "ok   bigline.jsonl: $(cat err)"
rm -f bigline.jsonl

echo "--- odd but legal text: no failure, no absurd amounts"
cat > absurd.txt <<'TXT'
Acme Corp invested $999999999999999 trillion in Beta Labs.
Gamma Inc agreed to buy Delta Systems for $1e400.
Omega Holdings invested $1e308 billion in Sigma AI.
Zeta Corp invested $0.000000001 in Eta Labs.
TXT
expect_ok absurd.txt
python3 - out <<'PY'
import json, sys
for line in open(sys.argv[1]):
    for d in json.loads(line)["deals"]:
        a = d.get("amount")
        if a and not (0 <= a["value"] <= 1e16): sys.exit(f"absurd amount kept: {a}")
PY
python3 -c "
name = ' '.join(['Quantum'] * 1400) + ' Holdings'   # about 10,000 characters
open('longname.txt', 'w').write(name + ' invested \$2 billion in OpenAI. Microsoft invested \$1 billion in ' + name + '.\n')
open('longword.txt', 'w').write('Microsoft invested \$1 billion in ' + 'Q' * 10000 + ' Inc.\n')
"
expect_ok longname.txt
expect_ok longword.txt
python3 -c "
import random
random.seed(5)
orgs = ['Microsoft', 'OpenAI', 'Nvidia', 'Intel', 'Amazon', 'Anthropic', 'Google', 'Meta', 'Oracle', 'AMD']
with open('many.txt', 'w') as f:
    for i in range(100000):
        a, b = random.sample(orgs, 2)
        f.write(f'{a} agreed to invest \${i % 900 + 1} million in {b}. ')
        if i % 20 == 19: f.write('\n')
"
start=$(date +%s)
expect_ok many.txt
echo "     100,000 deal sentences in $(($(date +%s) - start)) s, $(head -n 1 out | grep -o '"type"' | wc -l) deals"
[ "$(head -n 1 out | grep -o '"type"' | wc -l)" -ge 1000 ] || fail "many.txt: deals lost"

echo "--- several bad files in one run: every one reported, the good ones kept"
rc=0; "$bin" extract invalid-utf8.txt "$good" nul.txt broken.jsonl empty.txt > out 2> err || rc=$?
[ $rc -eq 1 ] || fail "mixed run exit $rc"
for f in invalid-utf8.txt nul.txt broken.jsonl:2 empty.txt; do grep -q "^dealgraph: $f:" err || fail "mixed run: $f not reported"; done
grep -q '"doc":"good"' out && grep -q '"doc":"j11"' out || fail "mixed run: good documents lost"

echo "--- the ledger survives an ingest with bad files"
db=$work/ledger.db
mkdir -p first second
cp "$good" first/a.txt
echo 'Nvidia plans to invest up to $100 billion in OpenAI, the chipmaker said.' > first/b.txt
echo 'Oracle agreed to buy Cerner for $28.3 billion, the companies said.' > second/c.txt
"$bin" ingest --db "$db" --quiet first/a.txt first/b.txt || fail "good ingest"
"$bin" export --db "$db" --format jsonl > before.jsonl
[ -s before.jsonl ] || fail "nothing exported after the good ingest"
rc=0
"$bin" ingest --db "$db" --quiet invalid-utf8.txt utf16.txt nul.txt binary.txt empty.txt missing.txt broken.jsonl \
  deep.html absurd.txt second/c.txt 2> err || rc=$?
cat err
[ $rc -ne 0 ] || fail "ingest with bad files must exit non-zero"
for f in invalid-utf8.txt utf16.txt nul.txt binary.txt empty.txt missing.txt broken.jsonl:2; do
  grep -q "$f" err || fail "ingest: $f not reported"
done
"$bin" db check --db "$db" > check || { cat check; fail "db check after the bad ingest"; }
"$bin" export --db "$db" --format jsonl > after.jsonl
python3 - before.jsonl after.jsonl <<'PY'
import json, sys
def key(d):
    d = json.loads(d)
    return json.dumps({k: d.get(k) for k in ("type", "asset", "from", "to", "amount")}, sort_keys=True)
before = {key(l) for l in open(sys.argv[1]) if l.strip()}
after = {key(l) for l in open(sys.argv[2]) if l.strip()}
lost = before - after
if lost: sys.exit("deals lost: %s" % sorted(lost))
if len(after) <= len(before): sys.exit("the good files after the bad ones were not ingested")
PY
echo "ok   ledger: $(wc -l < before.jsonl) deals before, $(wc -l < after.jsonl) after, db check ok"
echo PASS
