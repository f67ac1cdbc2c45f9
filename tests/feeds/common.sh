# Shared by tests/feeds_*.sh: a fixture server on 127.0.0.1 over a copy of
# tests/feeds/site, and helpers. Needs: $work (a temp folder), $src (repo root).
fail() { echo "FAIL: $*"; exit 1; }

# start_server: copies the site to $work/site, starts the server, sets $port,
# $base (http://127.0.0.1:PORT) and $log (its request log).
start_server() {
  cp -r "$src/tests/feeds/site" "$work/site"
  log="$work/requests.jsonl"
  : > "$log"
  python3 "$src/tests/feeds/fixture_server.py" "$work/site" "$log" > "$work/port" 2> "$work/server.err" &
  server_pid=$!
  for _ in $(seq 100); do
    [ -s "$work/port" ] && break
    sleep 0.05
  done
  port=$(head -n 1 "$work/port")
  [ -n "$port" ] || { cat "$work/server.err"; fail "the fixture server did not start"; }
  base="http://127.0.0.1:$port"
}

stop_server() {
  if [ -n "${server_pid:-}" ]; then
    kill "$server_pid" 2> /dev/null || true
    wait "$server_pid" 2> /dev/null || true
  fi
}

# requests PATH [STATUS]: how many requests for PATH the server answered (with STATUS).
requests() {
  python3 - "$log" "$1" "${2:-}" <<'PY'
import json, sys
log, path, status = sys.argv[1], sys.argv[2], sys.argv[3]
n = 0
for line in open(log):
    e = json.loads(line)
    if e["path"] == path and (not status or str(e["status"]) == status):
        n += 1
print(n)
PY
}

# live_feed N [AHEAD]: serves tests/feeds/live/vN.rss as live.rss, its
# Last-Modified AHEAD seconds from now (default: now).
live_feed() {
  cp "$src/tests/feeds/live/v$1.rss" "$work/site/live.rss"
  touch -d "+${2:-0} seconds" "$work/site/live.rss"
}

# A query on the ledger.
q() { sqlite3 "$1" "$2"; }
