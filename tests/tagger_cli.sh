#!/usr/bin/env bash
# The organization tagger from the command line (docs/entities.md): a missing
# or corrupt model file, or a missing FIRE file, is an error naming the file
# (exit 2), never a silent fall-back to the rules; train-tagger writes the same
# bytes twice and the model it writes is the one `entities` uses.
# usage: tagger_cli.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
fire="$src/../shared/data/fire/fire_dev.json"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# shellcheck source=lib/expect_error.sh
source "$src/tests/lib/expect_error.sh"
cd "$work"
echo 'Our engineers visited Brenvik Tallow on Monday to discuss the supply agreement.' > in.txt

expect_error missing.bin "$bin" entities --tagger-model missing.bin in.txt
expect_error missing.bin "$bin" extract --tagger-model missing.bin in.txt
printf 'DGORGTAG garbage' > corrupt.bin
expect_error corrupt.bin "$bin" entities --tagger-model corrupt.bin in.txt
expect_error missing.json "$bin" train-tagger --fire missing.json --out m.bin

[[ -f "$fire" ]] || fail "$fire not found (../shared beside the repository)"
"$bin" train-tagger --fire "$fire" --out a.bin 2> /dev/null
"$bin" train-tagger --fire "$fire" --out b.bin 2> /dev/null
cmp -s a.bin b.bin || fail "two trainings on the same data differ"
# The trained model is loaded and used: with it, a FIRE sentence gets at least
# as many organizations as with the rules alone, and the entities differ.
python3 "$src/../shared/tools/score-entities" text "$fire" > all.jsonl
head -n 60 all.jsonl > fire.jsonl
"$bin" entities --input-format jsonl --tagger-model a.bin fire.jsonl > tagged.jsonl
"$bin" entities --input-format jsonl --no-tagger fire.jsonl > rules.jsonl
tagged=$(grep -o '"type":"organization"' tagged.jsonl | wc -l)
rules=$(grep -o '"type":"organization"' rules.jsonl | wc -l)
[[ $tagged -gt $rules ]] || fail "the tagger added no organization ($tagged with it, $rules without)"
echo "ok: errors name the files; training is deterministic; the model adds $((tagged - rules)) organizations to 60 FIRE sentences"
