#!/usr/bin/env bash
# `dealgraph extract` and `dealgraph entities` never load libcurl (fetching loads
# it on first use: src/fetch/curl_library.h), so their start-up does not bind
# libcurl and the TLS, LDAP and SSH libraries it pulls in.
# usage: extract_no_curl.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1; src=$2
seed="$src/../shared/data/seed-article.txt"
for cmd in extract entities; do
  log=$(LD_DEBUG=libs "$bin" "$cmd" "$seed" 2>&1 >/dev/null)
  grep -q 'calling init:' <<<"$log" || { echo "FAIL: LD_DEBUG=libs printed no library list for $cmd"; exit 1; }
  if grep -q 'libcurl' <<<"$log"; then
    echo "FAIL: dealgraph $cmd loaded libcurl"; exit 1
  fi
done
echo "extract and entities start without libcurl"
