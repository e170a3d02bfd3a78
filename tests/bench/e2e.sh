#!/usr/bin/env bash
# End-to-end timing of the published kubelint (ReadyToRun) on generated corpora.
#   bash tests/bench/e2e.sh [RUNS]        (default 5 runs per measurement; medians are reported)
# Publishes src/KubeLint.Cli, generates 1,000 and 10,000 documents with ../shared/tools/gen_corpus.py,
# and prints wall time, CPU time (user+sys), CPU use (cores busy on average), documents per second and
# peak memory, plus cold start on 5 files. Set KUBELINT_BENCH_DIR to keep the work folder elsewhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
runs="${1:-5}"
work="${KUBELINT_BENCH_DIR:-${TMPDIR:-/tmp}/kubelint-e2e}"
shared="$root/../shared"
[ -d "$shared" ] || { echo "e2e: ../shared is not beside the repository" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "e2e: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

publish="$work/publish"
echo "== publishing to $publish"
dotnet publish src/KubeLint.Cli -c Release -o "$publish" -nologo -v quiet > "$work.publish.log" 2>&1 || { cat "$work.publish.log"; exit 1; }
[ -x "$publish/kubelint" ] || { echo "e2e: $publish/kubelint is missing or not executable" >&2; exit 1; }
echo "   $("$publish/kubelint" --version)"

for count in 1000 10000; do
  if [ ! -d "$work/corpus-$count" ]; then
    python3 "$shared/tools/gen_corpus.py" --out "$work/corpus-$count" --count "$count" --seed 1 --no-truth > /dev/null 2>&1
  fi
done
rm -rf "$work/corpus-5" && mkdir -p "$work/corpus-5"
cp $(ls "$work/corpus-1000"/*.yaml | head -5) "$work/corpus-5/"
# The same 5 files under an .editorconfig that configures a rule: what loading Roslyn's parser costs.
rm -rf "$work/corpus-5-editorconfig" && cp -r "$work/corpus-5" "$work/corpus-5-editorconfig"
printf 'root = true\n\n[*.{yaml,yml}]\ndotnet_diagnostic.KL0005.severity = warning\n' > "$work/corpus-5-editorconfig/.editorconfig"

# measure NAME DOCS ARGS...: RUNS runs of kubelint, median of each figure.
measure() {
  local name="$1" docs="$2"; shift 2
  local samples="$work/$name.samples"
  : > "$samples"
  "$publish/kubelint" "$@" > /dev/null 2>&1 || true   # warm the file cache, not the process
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.out" "$publish/kubelint" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$work/time.out" >> "$samples"
  done
  python3 - "$name" "$docs" "$samples" <<'PY'
import statistics, sys
name, docs, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [list(map(float, line.split())) for line in open(path) if line.strip()]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] + r[2] for r in rows)
rss = max(r[3] for r in rows) / 1024
print(f"{name:>12}: {docs:>6} docs  wall {wall*1000:7.0f} ms  cpu {cpu*1000:7.0f} ms  "
      f"cores busy {cpu/wall if wall else 0:4.2f}  {docs/wall if wall else 0:8.0f} docs/s  peak {rss:6.1f} MiB  (median of {len(rows)})")
PY
}

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure "cold start" 5 "$work/corpus-5" -q --kubernetes-version 1.27
measure "+editorconfig" 5 "$work/corpus-5-editorconfig" -q
measure "version" 0 --version
measure "1k corpus" 1000 "$work/corpus-1000" -q --kubernetes-version 1.27
measure "10k corpus" 10000 "$work/corpus-10000" -q --kubernetes-version 1.27
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
