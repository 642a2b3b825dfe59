#!/usr/bin/env bash
# Times `redraft log --clause`, `redraft blame` and `redraft amend` on a repository made by
# make-history-repo.sh, beside `git log -L` and `git blame` on the same file; median of RUNS runs.
#
#   Benchmarks/history-bench.sh [REPO]         (default /tmp/redraft-history-bench; built if missing)
#   RUNS=9 REDRAFT=.build-git/release/redraft Benchmarks/history-bench.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPO=${1:-/tmp/redraft-history-bench}
RUNS=${RUNS:-7}
REDRAFT=${REDRAFT:-$ROOT/.build/release/redraft}
[ -x "$REDRAFT" ] || { echo "no redraft binary at $REDRAFT (swift build -c release, or set REDRAFT)" >&2; exit 2; }
[ -d "$REPO/.git" ] || REDRAFT="$REDRAFT" "$ROOT/Benchmarks/make-history-repo.sh" "$REPO"

export HOME="$REPO.home" GIT_CONFIG_NOSYSTEM=1 LANG=C
export GIT_AUTHOR_NAME="Bench" GIT_AUTHOR_EMAIL="bench@example.org" GIT_COMMITTER_NAME="Bench" GIT_COMMITTER_EMAIL="bench@example.org"
cd "$REPO"
FILE=Drafts/draft.txt
# The clause edited most recently, and its line (for git log -L).
CLAUSE=$(git log -1 --format=%s | sed -E 's/^Amend (operative|preambular) paragraph ([0-9]+)$/\1 \2/' \
    | awk '{ print ($1 == "operative" ? "op" : "pp") $2 }')
LINE=$("$REDRAFT" parse --format json "$FILE" | python3 -c '
import json, sys
tree = json.load(sys.stdin); clause = sys.argv[1]
section = "operative" if clause.startswith("op") else "preamble"
for p in tree[section]:
    if (p["number"] if section == "operative" else str(p["index"])) == clause[2:]:
        print(p["lines"][0]); break' "$CLAUSE")

# Median wall-clock milliseconds of RUNS runs of the command.
median() {
    python3 - "$RUNS" "$@" <<'PY'
import statistics, subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(times):8.1f}")
PY
}

# amend: each run edits a word of the clause and commits (and the next run edits it back).
amend_ms() {
    python3 - "$RUNS" "$REDRAFT" "$FILE" "$CLAUSE" "$LINE" <<'PY'
import statistics, subprocess, sys, time
runs, redraft, path, clause, line = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
times = []
for run in range(runs):
    text = open(path, encoding="utf-8").read().split("\n")[line - 1].strip()
    if clause.startswith("op"):
        text = text.split(" ", 1)[1]
    words = text.split(" ")
    words[3] = "timely" if words[3] != "timely" else "prompt"
    start = time.perf_counter()
    subprocess.run([redraft, "amend", path, "--clause", clause, "--text", " ".join(words)], check=True,
                   stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(times):8.1f}")
PY
}

COMMITS=$(git rev-list --count HEAD)
PARAGRAPHS=$("$REDRAFT" parse --format json "$FILE" | python3 -c 'import json,sys; t=json.load(sys.stdin); print(len(t["preamble"]) + len(t["operative"]))')
echo "repository: $REPO ($COMMITS commits, $PARAGRAPHS paragraphs; clause $CLAUSE at line $LINE; median of $RUNS runs)"
STORAGE="loose objects"
[ -n "$(ls .git/objects/pack/*.pack 2>/dev/null)" ] && STORAGE="packed"
echo "objects: $STORAGE"
printf '%-44s %10s\n' "command" "ms"
printf '%-44s %10s\n' "redraft log --clause $CLAUSE" "$(median "$REDRAFT" log "$FILE" --clause "$CLAUSE")"
printf '%-44s %10s\n' "git log -L $LINE,$LINE:$FILE" "$(median git log -L "$LINE,$LINE:$FILE")"
printf '%-44s %10s\n' "redraft blame" "$(median "$REDRAFT" blame "$FILE")"
printf '%-44s %10s\n' "git blame" "$(median git blame "$FILE")"
printf '%-44s %10s\n' "redraft log (file)" "$(median "$REDRAFT" log "$FILE")"
printf '%-44s %10s\n' "git log (file)" "$(median git log --oneline -- "$FILE")"
printf '%-44s %10s\n' "redraft amend --clause $CLAUSE (and commit)" "$(amend_ms)"
