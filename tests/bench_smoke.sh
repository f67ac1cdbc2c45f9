#!/usr/bin/env bash
# The benchmark programs and the corpus generator run on tiny inputs and exit 0
# (a smoke test, not a measurement: see docs/performance.md for real runs).
# usage: bench_smoke.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
bench=$(cd "$(dirname "$bin")/../../bench" 2>/dev/null && pwd) || bench=""
if [[ -z "$bench" || ! -x "$bench/dealgraph_gen" ]]; then
  echo "bench_smoke: no bench programs next to $bin (DEALGRAPH_BUILD_BENCH off?): skipped"
  exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Generator: 1 MB in both formats, same seed gives the same bytes, the size is kept.
"$bench/dealgraph_gen" --size 1MB --seed 7 --format jsonl --out "$tmp/a.jsonl"
"$bench/dealgraph_gen" --size 1MB --seed 7 --format jsonl > "$tmp/b.jsonl"
cmp "$tmp/a.jsonl" "$tmp/b.jsonl"
"$bench/dealgraph_gen" --size 1MB --seed 7 --format txt --out "$tmp/a.txt"
size=$(wc -c < "$tmp/a.jsonl")
if (( size > 1000000 || size < 900000 )); then echo "FAIL: 1MB corpus is $size bytes"; exit 1; fi
if "$bench/dealgraph_gen" --size 1XB 2>/dev/null; then echo "FAIL: bad size accepted"; exit 1; fi
# The generated JSONL reads as documents.
head -n 20 "$tmp/a.jsonl" > "$tmp/small.jsonl"
"$bin" extract "$tmp/small.jsonl" > "$tmp/deals.jsonl"
[[ $(wc -l < "$tmp/deals.jsonl") -eq 20 ]] || { echo "FAIL: expected 20 documents"; exit 1; }

# Benchmark programs, when Google Benchmark was found.
export DEALGRAPH_BENCH_TMPDIR=$tmp
if [[ -x "$bench/extract_bench" ]]; then
  DEALGRAPH_BENCH_BYTES=100KB "$bench/extract_bench" --benchmark_min_time=0.01 > "$tmp/extract.txt"
  grep -q BM_Extract "$tmp/extract.txt"
fi
if [[ -x "$bench/ledger_bench" ]]; then
  DEALGRAPH_BENCH_INGEST_DOCS=20 DEALGRAPH_BENCH_DEALS=200 "$bench/ledger_bench" --benchmark_min_time=0.01 > "$tmp/ledger.txt"
  grep -q BM_Cycles "$tmp/ledger.txt"
fi
echo "bench_smoke: ok"
