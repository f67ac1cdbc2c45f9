#!/usr/bin/env bash
# `dealgraph serve` under load and abuse on 127.0.0.1: many concurrent clients,
# malformed and oversized requests, slow clients, hostile parameters. It stays
# up, answers correctly, refuses what it should and keeps its memory bounded
# (tests/server_abuse.py lists the checks).
# usage: server_abuse.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if "$bin" serve --db "$work/none.db" 2>&1 | grep -q "no server"; then
  echo "server_abuse: this dealgraph was built without the server (run npm ci, then configure again)" >&2
  exit 1
fi
"$bin" ingest -q --db "$work/ledger.db" "$src/examples/news"
python3 -u "$src/tests/server_abuse.py" "$bin" "$work/ledger.db"
