#!/usr/bin/env bash
# Writes the outputs of one redraft build on a fixed set of inputs into a folder, so that two
# builds can be compared byte for byte after a change made for speed:
#
#   Benchmarks/same-output.sh OLD/redraft /tmp/out-old
#   Benchmarks/same-output.sh NEW/redraft /tmp/out-new
#   diff -r /tmp/out-old /tmp/out-new && echo identical
#
# Inputs: generated pairs of 30 to 30,000 paragraphs (Benchmarks/.data, made by compare.sh or
# redraft-bench), generated messy pairs at rates 0.05/0.1/0.3, the APPF sample and its hand
# revision, and neighbouring unga72 resolutions. Formats: every diff format, and parse as json,
# outline, akn, markdown and text.
set -euo pipefail
redraft=${1:?usage: same-output.sh REDRAFT OUTDIR}
out=${2:?usage: same-output.sh REDRAFT OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${SHARED:-$root/../shared}
gen=$shared/bench/gen_resolutions.py
data=$here/.data/same-output
mkdir -p "$data" "$out"

pairs=()
for n in 30 300 3000 30000; do
  if [ -f "$here/.data/d$n.txt" ] && [ -f "$here/.data/d$n-v2.txt" ]; then
    pairs+=("$here/.data/d$n.txt $here/.data/d$n-v2.txt")
  fi
done
for seed in 1 2 3 4 5 6; do
  for rate in 0.05 0.1 0.3; do
    base=$data/m$seed.txt
    [ -f "$base" ] || python3 "$gen" --paragraphs 120 --seed "$seed" --messy 0.2 -o "$base"
    v2=$data/m$seed-$rate.txt
    [ -f "$v2" ] || python3 "$gen" --amend-from "$base" --seed $((seed + 10)) --rate "$rate" --messy 0.2 -o "$v2"
    pairs+=("$base $v2")
  done
done
pairs+=("$root/Drafts/appf23-2015-combating-human-trafficking.txt $root/Drafts/appf23-2015-combating-human-trafficking-rev1.txt")
pairs+=("$shared/corpus/appf23-2015-combating-human-trafficking.txt $root/Drafts/appf23-2015-combating-human-trafficking-rev1.txt")
mapfile -t unga < <(ls "$shared"/corpus/unga72/N*.txt | sort | head -21)
for ((i = 0; i + 1 < ${#unga[@]}; i++)); do pairs+=("${unga[$i]} ${unga[$((i + 1))]}"); done

k=0
for pair in "${pairs[@]}"; do
  read -r a b <<<"$pair"
  k=$((k + 1))
  for fmt in json text amendments markdown html; do
    set +e
    "$redraft" diff --no-color --format "$fmt" "$a" "$b" >"$out/diff-$k.$fmt" 2>"$out/diff-$k.$fmt.err"
    echo "exit $?" >>"$out/diff-$k.$fmt.err"
    set -e
  done
done

singles=("$root"/Drafts/*.txt "$shared"/corpus/*.txt "$shared"/corpus/unga72/*.txt "$data"/m*.txt)
for n in 300 3000 30000; do [ -f "$here/.data/d$n.txt" ] && singles+=("$here/.data/d$n.txt"); done
k=0
for f in "${singles[@]}"; do
  k=$((k + 1))
  for fmt in json outline akn markdown text; do
    set +e
    "$redraft" parse --format "$fmt" "$f" >"$out/parse-$k.$fmt" 2>"$out/parse-$k.$fmt.err"
    echo "exit $?" >>"$out/parse-$k.$fmt.err"
    set -e
  done
done
echo "$(ls "$out" | wc -l) files in $out"
