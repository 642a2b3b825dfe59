#!/usr/bin/env bash
# Redraft walkthrough: installs what a fresh machine lacks, builds redraft, and runs each command
# on the sample drafts in Drafts/, saying what each one shows.
#
#   bash Examples/walkthrough.sh          # everything
#   REDRAFT_SKIP_INSTALL=1 bash Examples/walkthrough.sh
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@" || { code=$?; printf '(exit %s)\n' "$code"; }; }

if [[ -z "${REDRAFT_SKIP_INSTALL:-}" ]]; then
  need=()
  for pkg in libgit2-dev pkg-config git; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
  if ((${#need[@]})); then
    say "Installing ${need[*]}"
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

say "Building redraft (release)"
swift build -c release --product redraft 2>&1 | tail -n 1
BIN="$(swift build -c release --show-bin-path)/redraft"
redraft() { "$BIN" "$@"; }
OLD=Drafts/appf23-2015-combating-human-trafficking.txt
NEW=Drafts/appf23-2015-combating-human-trafficking-rev1.txt
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

say "1. parse: the clause tree of the adopted APPF resolution (header, 12 PP, 21 OP, noise kept apart)"
run redraft parse "$OLD"

say "2. parse --format json: the same tree for programs (first lines)"
redraft parse --format json "$OLD" | head -n 24

say "3. check: drafting checks (exit 1: the PDF residue is reported as noise)"
run redraft check "$OLD"

say "4. diff: what changed between the adopted text and a revised draft"
run redraft diff --no-color "$OLD" "$NEW"

say "5. diff --format amendments: the same changes as formal amendments"
redraft diff --format amendments "$OLD" "$NEW" > "$WORK/amendments.txt" || true
cat "$WORK/amendments.txt"

say "6. apply-amendments: applying them to the old text gives the new paragraphs (diff exits 0)"
redraft apply-amendments "$OLD" "$WORK/amendments.txt" > "$WORK/applied.txt"
run redraft diff --no-color "$NEW" "$WORK/applied.txt"

say "7. diff --format html: a redline page to open in a browser"
redraft diff --format html "$OLD" "$NEW" > "$WORK/redline.html" || true
echo "wrote $(wc -c < "$WORK/redline.html") bytes of self-contained HTML (copy it out of $WORK to keep it)"

if redraft help added-since >/dev/null 2>&1; then
  say "8. added-since: which paragraphs of the revision are new against the adopted text"
  run redraft added-since "$OLD" "$NEW"
fi

if redraft help init >/dev/null 2>&1; then
  say "9. history in git: init, commit, amend one clause, log and blame"
  export GIT_AUTHOR_NAME="Walkthrough Secretariat" GIT_AUTHOR_EMAIL="secretariat@example.org"
  export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
  repo="$WORK/repo"
  run redraft init "$repo"
  cp "$OLD" "$repo/Drafts/trafficking.txt"
  (cd "$repo" && run redraft commit Drafts/trafficking.txt -m "Adopted text, 23rd Annual Meeting" \
     && run redraft tag adopted \
     && cp "$OLDPWD/$NEW" Drafts/trafficking.txt && run redraft commit Drafts/trafficking.txt \
     && run redraft amend Drafts/trafficking.txt --clause op9 --text "Urge APPF Member States to undertake specialized training for law enforcement, border security and labour inspection personnel and to strengthen anti-trafficking enforcement, in order to improve the prevention, detection, disruption and dismantling of trafficking networks;" \
     && run redraft log Drafts/trafficking.txt --clause op9 \
     && run redraft blame Drafts/trafficking.txt \
     && run redraft diff adopted:Drafts/trafficking.txt Drafts/trafficking.txt --format amendments \
     && git log --oneline && git fsck --strict && echo "git fsck: clean")
fi
say "Done."
