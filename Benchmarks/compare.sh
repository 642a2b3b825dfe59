#!/usr/bin/env bash
# Whole-process timings of redraft beside git on the same inputs, in one run:
#   - `redraft diff --format json OLD NEW` against `git diff --no-index --word-diff=porcelain`
#     and `git diff --no-index --histogram`, on generated pairs of 30 to 30,000 paragraphs
#     (gen_resolutions.py, amended with --rate 0.1) and on the real APPF sample;
#   - `redraft parse --format json` (MB/s of the whole process);
#   - `redraft added-since` of a 50-paragraph draft against 1,000 earlier resolutions, cold
#     (no cached index; page cache dropped when allowed) and warm (cached index).
# Each command runs RUNS times, the tools alternating run by run; the table shows the median
# wall time, the minimum, and the peak resident memory (`/usr/bin/time -v`), then the ratio of
# redraft to git and the growth exponent between 3,000 and 30,000 paragraphs
# (log(t30000 / t3000) / log(10): 1 is linear). Prints Markdown; the machine is described first.
#
#   Benchmarks/compare.sh                                   (REDRAFT defaults to .build/release/redraft)
#   RUNS=9 SIZES="3000 30000" REDRAFT=.build-bench/release/redraft Benchmarks/compare.sh
#   BASELINE=/tmp/old/redraft Benchmarks/compare.sh         (adds a "before" column: another build)
#   SKIP="added-since" Benchmarks/compare.sh                (skip parts: diff, parse, added-since)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-7}
SIZES=${SIZES:-"30 300 3000 30000"}
REDRAFT=${REDRAFT:-$ROOT/.build/release/redraft}
BASELINE=${BASELINE:-}
SKIP=${SKIP:-}
DATA=${DATA:-$ROOT/Benchmarks/.data}
GENERATOR=${GENERATOR:-$ROOT/../shared/bench/gen_resolutions.py}
CORPUS=${CORPUS:-$ROOT/../shared/corpus}

[ -x "$REDRAFT" ] || { echo "no redraft binary at $REDRAFT (swift build -c release, or set REDRAFT)" >&2; exit 2; }
[ -z "$BASELINE" ] || [ -x "$BASELINE" ] || { echo "no baseline binary at $BASELINE" >&2; exit 2; }
command -v git >/dev/null || { echo "git is needed" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y time hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time hyperfine >/dev/null; }
    fi
    [ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
fi

# Inputs: the same files and seeds as redraft-bench, generated once into $DATA.
mkdir -p "$DATA"
for n in $SIZES; do
    [ -f "$DATA/d$n.txt" ] || python3 "$GENERATOR" --paragraphs "$n" --seed 1 -o "$DATA/d$n.txt"
    [ -f "$DATA/d$n-v2.txt" ] || python3 "$GENERATOR" --amend-from "$DATA/d$n.txt" --seed 2 --rate 0.1 -o "$DATA/d$n-v2.txt"
done
APPF="$CORPUS/appf23-2015-combating-human-trafficking.txt"
if [ -f "$APPF" ] && [ ! -f "$DATA/appf-v2.txt" ]; then
    python3 "$GENERATOR" --amend-from "$APPF" --seed 2 --rate 0.2 -o "$DATA/appf-v2.txt" 2>/dev/null || true
fi
[ -f "$DATA/as-draft50.txt" ] || python3 "$GENERATOR" --paragraphs 50 --seed 5 -o "$DATA/as-draft50.txt"
if [ ! -f "$DATA/as-priors1000/corpus.json" ]; then
    mkdir -p "$DATA/as-priors1000"
    python3 "$GENERATOR" --corpus 1000 --corpus-from "$DATA/as-draft50.txt" --share 0.3 --seed 6 --out-dir "$DATA/as-priors1000"
fi

echo "## Machine"
echo
echo "- $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "- memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- $(swift --version 2>/dev/null | head -1)"
echo "- $(git --version); $(uname -sr)"
echo "- load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- redraft: $REDRAFT${BASELINE:+ (before: $BASELINE)}; $RUNS runs per command, tools alternating"
echo

export RUNS SIZES REDRAFT BASELINE SKIP DATA APPF
python3 - <<'PY'
import math, os, statistics, subprocess, tempfile, time

RUNS = int(os.environ["RUNS"])
SIZES = [int(s) for s in os.environ["SIZES"].split()]
REDRAFT = os.environ["REDRAFT"]
BASELINE = os.environ.get("BASELINE") or None
SKIP = set(os.environ.get("SKIP", "").split())
DATA = os.environ["DATA"]
APPF = os.environ["APPF"]


def run_once(command, cwd=None):
    """Wall seconds and peak RSS (KiB) of one run; the output is thrown away."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        status = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command, cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        wall = time.perf_counter() - start
        peak = 0
        for line in report.read().splitlines():
            if "Maximum resident set size" in line:
                peak = int(line.split(":")[1])
    # diff tools exit 1 when the files differ; anything else is a failure.
    if status not in (0, 1):
        raise SystemExit(f"failed ({status}): {' '.join(command)}")
    return wall, peak


def measure(commands, before=None):
    """Runs each named command RUNS times, alternating them; returns name -> (median, min, peak)."""
    samples = {name: [] for name in commands}
    peaks = {name: 0 for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            if before:
                before()
            wall, peak = run_once(command)
            samples[name].append(wall)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(s), min(s), peaks[name]) for name, s in samples.items()}


def ms(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def mib(kib):
    return f"{kib / 1024:.0f} MiB"


def growth(times):
    if 3000 in times and 30000 in times and times[3000] > 0:
        return math.log(times[30000] / times[3000]) / math.log(10)
    return None


if "diff" not in SKIP:
    pairs = [(f"generated {n} ¶", n, f"{DATA}/d{n}.txt", f"{DATA}/d{n}-v2.txt") for n in SIZES]
    if os.path.exists(f"{DATA}/appf-v2.txt"):
        pairs.append(("APPF sample, amended", None, APPF, f"{DATA}/appf-v2.txt"))
    print("## diff: `redraft diff --format json` against `git diff --no-index`")
    print()
    head = "| pair | size | redraft |" + (" before |" if BASELINE else "") + \
        " git word-diff | git histogram | redraft / git word-diff | redraft / git histogram | redraft peak RSS |" + \
        (" before peak RSS |" if BASELINE else "") + " git word-diff peak RSS |"
    print(head)
    print("|" + " --- |" * 2 + " ---: |" * (head.count("|") - 3))
    times, git_times, before_times = {}, {}, {}
    for label, n, old, new in pairs:
        commands = {"redraft": [REDRAFT, "diff", "--format", "json", old, new]}
        if BASELINE:
            commands["before"] = [BASELINE, "diff", "--format", "json", old, new]
        commands["wd"] = ["git", "diff", "--no-index", "--word-diff=porcelain", old, new]
        commands["hist"] = ["git", "diff", "--no-index", "--histogram", old, new]
        r = measure(commands)
        size = os.path.getsize(old) + os.path.getsize(new)
        if n:
            times[n], git_times[n] = r["redraft"][0], r["wd"][0]
            if BASELINE:
                before_times[n] = r["before"][0]
        row = f"| {label} | {size / 1e6:.2f} MB | {ms(r['redraft'][0])} |"
        if BASELINE:
            row += f" {ms(r['before'][0])} |"
        row += f" {ms(r['wd'][0])} | {ms(r['hist'][0])} | {r['redraft'][0] / r['wd'][0]:.2f}× |" \
               f" {r['redraft'][0] / r['hist'][0]:.2f}× | {mib(r['redraft'][2])} |"
        if BASELINE:
            row += f" {mib(r['before'][2])} |"
        row += f" {mib(r['wd'][2])} |"
        print(row, flush=True)
    print()
    for name, series in (("redraft", times), ("before", before_times), ("git word-diff", git_times)):
        g = growth(series)
        if g is not None:
            print(f"- growth exponent 3,000 → 30,000 paragraphs, {name}: {g:.2f}")
    print()

if "parse" not in SKIP:
    for fmt in ["outline", "json"]:
        print(f"## parse: `redraft parse --format {fmt}` (whole process{', the default format' if fmt == 'outline' else ''})")
        print()
        print("| input | size | redraft | throughput | peak RSS |" + (" before | before throughput |" if BASELINE else ""))
        print("| --- | ---: | ---: | ---: | ---: |" + (" ---: | ---: |" if BASELINE else ""))
        inputs = [(f"generated {n} ¶", f"{DATA}/d{n}.txt") for n in SIZES] + [("APPF sample", APPF)]
        for label, path in inputs:
            commands = {"redraft": [REDRAFT, "parse", "--format", fmt, path]}
            if BASELINE:
                commands["before"] = [BASELINE, "parse", "--format", fmt, path]
            r = measure(commands)
            size = os.path.getsize(path)
            row = f"| {label} | {size / 1e6:.2f} MB | {ms(r['redraft'][0])} | {size / 1e6 / r['redraft'][0]:.1f} MB/s |" \
                  f" {mib(r['redraft'][2])} |"
            if BASELINE:
                row += f" {ms(r['before'][0])} | {size / 1e6 / r['before'][0]:.1f} MB/s |"
            print(row, flush=True)
        print()

if "added-since" not in SKIP:
    print("## added-since: 50-paragraph draft against 1,000 earlier resolutions (whole process)")
    print()
    draft, priors = f"{DATA}/as-draft50.txt", f"{DATA}/as-priors1000"
    cache = tempfile.mkdtemp(prefix="redraft-as-cache-")

    def drop_caches():
        try:
            subprocess.run(["sync"], check=False)
            with open("/proc/sys/vm/drop_caches", "w") as f:
                f.write("3\n")
        except OSError:
            pass

    def clear_cache():
        for name in os.listdir(cache):
            os.remove(os.path.join(cache, name))
        drop_caches()

    tools = {"redraft": REDRAFT}
    if BASELINE:
        tools["before"] = BASELINE
    print("| run | redraft | peak RSS |" + (" before | before peak RSS |" if BASELINE else ""))
    print("| --- | ---: | ---: |" + (" ---: | ---: |" if BASELINE else ""))
    rows = {}
    for name, binary in tools.items():
        cold = measure({"x": [binary, "added-since", "--format", "json", "--cache-dir", cache, priors, draft]},
                       before=clear_cache)["x"]
        subprocess.run([binary, "added-since", "--cache-dir", cache, priors, draft], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        warm = measure({"x": [binary, "added-since", "--format", "json", "--cache-dir", cache, priors, draft]})["x"]
        rows[name] = (cold, warm)
        clear_cache()
    for index, label in ((0, "cold (no cached index)"), (1, "warm (cached index)")):
        r = rows["redraft"][index]
        row = f"| {label} | {ms(r[0])} | {mib(r[2])} |"
        if BASELINE:
            b = rows["before"][index]
            row += f" {ms(b[0])} | {mib(b[2])} |"
        print(row)
    print()
PY
