#!/usr/bin/env bash
# Builds a drafts repository for benchmarking `redraft log --clause` and `redraft blame`:
# a 300-paragraph draft (gen_resolutions.py --paragraphs 300 --seed 1) and COMMITS commits
# (default 1000), each made by `redraft amend --clause` changing one word of one clause.
# Deterministic: same authors, dates and edits on every run.
#
#   Benchmarks/make-history-repo.sh [OUT_DIR]        (default /tmp/redraft-history-bench)
#   REDRAFT=path/to/redraft COMMITS=200 Benchmarks/make-history-repo.sh /tmp/small
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/redraft-history-bench}
COMMITS=${COMMITS:-1000}
REDRAFT=${REDRAFT:-$ROOT/.build/release/redraft}
GENERATOR=${GENERATOR:-$ROOT/../shared/bench/gen_resolutions.py}
[ -x "$REDRAFT" ] || { echo "no redraft binary at $REDRAFT (swift build -c release, or set REDRAFT)" >&2; exit 2; }

export HOME="$OUT.home" GIT_CONFIG_NOSYSTEM=1 LANG=C
export GIT_AUTHOR_NAME="Bench Secretariat" GIT_AUTHOR_EMAIL="secretariat@example.org"
export GIT_COMMITTER_NAME="Bench Secretariat" GIT_COMMITTER_EMAIL="secretariat@example.org"
rm -rf "$OUT" "$HOME"
mkdir -p "$HOME"
export GIT_AUTHOR_DATE="@1700000000 +0000" GIT_COMMITTER_DATE="@1700000000 +0000"
"$REDRAFT" init "$OUT" >/dev/null
cd "$OUT"
python3 "$GENERATOR" --paragraphs 300 --seed 1 -o Drafts/draft.txt
"$REDRAFT" commit Drafts/draft.txt >/dev/null
"$REDRAFT" parse --format json Drafts/draft.txt > "$HOME/tree.json"

python3 - "$REDRAFT" "$COMMITS" "$HOME/tree.json" <<'PY'
import json, os, subprocess, sys
redraft, commits, tree_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
tree = json.load(open(tree_path))
# One-line paragraphs without sub-paragraphs: their lines never move, since only words change.
targets = []
for section, key in (("preamble", "pp"), ("operative", "op")):
    for p in tree[section]:
        first, last = p["lines"]
        if first == last and not p["children"]:
            address = key + (p["number"] if key == "op" and p["number"] else str(p["index"]))
            targets.append((address, first, key))
words = ["effective", "regional", "national", "urgent", "comprehensive", "sustained", "practical", "coordinated"]
authors = ["Ada Lovelace <ada@example.org>", "Grace Hopper <grace@example.org>", "Alan Turing <alan@example.org>"]
for i in range(1, commits + 1):
    address, line, key = targets[(i * 7919) % len(targets)]
    lines = open("Drafts/draft.txt", encoding="utf-8").read().split("\n")
    text = lines[line - 1].strip()
    if key == "op":
        text = text.split(" ", 1)[1]          # drop "12."
    tokens = text.split(" ")
    j = 2 + (i * 31) % max(len(tokens) - 3, 1)
    tail = tokens[j][-1] if tokens[j][-1] in ";,.:" else ""
    tokens[j] = words[i % len(words)] + tail
    env = dict(os.environ, GIT_AUTHOR_DATE=f"@{1700000000 + i * 3600} +0000",
               GIT_COMMITTER_DATE=f"@{1700000000 + i * 3600} +0000")
    subprocess.run([redraft, "amend", "Drafts/draft.txt", "--clause", address, "--text", " ".join(tokens),
                    "--author", authors[i % 3]], check=True, env=env, stdout=subprocess.DEVNULL)
    if i % 100 == 0:
        print(f"{i} commits", file=sys.stderr)
PY
git -c core.pager=cat log --oneline | wc -l | xargs echo "commits:"
