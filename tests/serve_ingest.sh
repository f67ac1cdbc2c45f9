#!/usr/bin/env bash
# Concurrency: `dealgraph serve` answers API queries from several threads while
# `dealgraph ingest` writes ~1,800 articles to the same database in small
# batches. No errors, no locked database, no half-written deal seen
# (tests/serve_ingest.py lists the checks).
# usage: serve_ingest.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if "$bin" serve --db "$work/none.db" 2>&1 | grep -q "no server"; then
  echo "serve_ingest: this dealgraph was built without the server (run npm ci, then configure again)" >&2
  exit 1
fi
python3 -u "$src/tests/serve_ingest.py" "$bin" "$work"
