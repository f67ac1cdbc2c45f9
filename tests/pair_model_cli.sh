#!/usr/bin/env bash
# The deal pair model from the command line (docs/extraction.md): a missing or
# corrupt model file, or a missing corpus, is an error naming it (exit 2),
# never a silent fall-back to the rules; train-pairs writes the same bytes
# twice; and the shipped model (data/models/deal_pairs.bin) is the one
# `train-pairs` makes from examples/news, so it is rebuilt whenever the
# corpus grows.
# usage: pair_model_cli.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# shellcheck source=lib/expect_error.sh
source "$src/tests/lib/expect_error.sh"
cd "$work"
echo 'Our engineers visited Brenvik Tallow on Monday to discuss the supply agreement.' > in.txt

expect_error missing.bin "$bin" extract --pair-model missing.bin in.txt
printf 'DGPAIRS1 garbage' > corrupt.bin
expect_error corrupt.bin "$bin" extract --pair-model corrupt.bin in.txt
expect_error missing-corpus "$bin" train-pairs --corpus missing-corpus --out m.bin

"$bin" train-pairs --corpus "$src/examples/news" --out a.bin 2> /dev/null
"$bin" train-pairs --corpus "$src/examples/news" --out b.bin 2> /dev/null
cmp -s a.bin b.bin || fail "two trainings on the same corpus differ"
cmp -s a.bin "$src/data/models/deal_pairs.bin" ||
  fail "data/models/deal_pairs.bin is not the model of examples/news: run" \
       "dealgraph train-pairs --corpus examples/news --out data/models/deal_pairs.bin"
# The model is loaded and used: on the corpus it adds deals to the rules'.
"$bin" extract --pair-model a.bin "$src"/examples/news/*.txt > with.jsonl
"$bin" extract --no-pair-model "$src"/examples/news/*.txt > without.jsonl
with=$(grep -o '"type":' with.jsonl | wc -l)
without=$(grep -o '"type":' without.jsonl | wc -l)
[[ $with -gt $without ]] || fail "the pair model added no deal ($with with it, $without without)"
echo "ok: errors name the files; training is deterministic and gives the shipped model; it adds $((with - without)) deals on the corpus"
