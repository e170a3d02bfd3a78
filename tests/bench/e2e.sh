#!/usr/bin/env bash
# End-to-end timing of the published kubelint (ReadyToRun) on generated corpora.
#   bash tests/bench/e2e.sh [RUNS]        (default 5 runs per measurement; medians are reported)
# Publishes src/KubeLint.Cli, generates 1,000 and 10,000 documents with ../shared/tools/gen_corpus.py,
# and prints wall time, CPU time (user+sys), CPU use (cores busy on average), documents per second and
# peak memory, plus cold start on 5 files, for the published build and for the tool as `dotnet tool install` installs it
# from a plain `dotnet pack` (the "installed tool" line; pre-commit runs that one). Set KUBELINT_BENCH_DIR to keep the work folder elsewhere.
# Set KUBELINT_BENCH_BASELINE to the folder of another published kubelint (e.g. `dotnet publish` of an
# earlier commit) to time it in the same rounds, interleaved with this one: an A/B in one run.
# Every corpus is linted twice, with text and with JSON output (to /dev/null), and parsed once by YamlDotNet alone
# (tests/KubeLint.Benchmarks --parse-only: events, no tree, no rules), the ceiling; each lint line ends with its wall,
# CPU and peak memory as multiples of that ceiling's. Set KUBELINT_BENCH_100K=RUNS to add 100,000 documents
# (generated on first use, about 45 MB, and linted RUNS times each: at several minutes a round, keep RUNS small).
#
# The small runs (cold start, with an .editorconfig, --version) take turns with a ReadyToRun "hello
# world", the floor of any .NET start on the machine at that moment: this machine's speed drifts by half
# from hour to hour, so a start time means little without the floor measured in the same minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
runs="${1:-5}"
work="${KUBELINT_BENCH_DIR:-${TMPDIR:-/tmp}/kubelint-e2e}"
shared="$root/../shared"
[ -d "$shared" ] || { echo "e2e: ../shared is not beside the repository" >&2; exit 2; }
mkdir -p "$work"

publish="$work/publish"
echo "== publishing to $publish"
dotnet publish src/KubeLint.Cli -c Release -o "$publish" -nologo -v quiet > "$work.publish.log" 2>&1 || { cat "$work.publish.log"; exit 1; }
[ -x "$publish/kubelint" ] || { echo "e2e: $publish/kubelint is missing or not executable" >&2; exit 1; }
echo "   $("$publish/kubelint" --version)"

# The installed tool, as `dotnet tool install` (and pre-commit's `language: dotnet`) gets it: a plain `dotnet pack`
# of the CLI into a folder feed, installed from there alone into a tool path.
tool="$work/tool"
echo "== packing and installing the tool to $tool"
rm -rf "$work/tool-feed" "$tool"
printf '<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /></packageSources></configuration>\n' > "$work.nuget.config"
{ dotnet pack src/KubeLint.Cli -c Release -o "$work/tool-feed" -nologo -v quiet &&
  dotnet tool install --configfile "$work.nuget.config" --add-source "$work/tool-feed" --tool-path "$tool" KubeLint; } > "$work.tool.log" 2>&1 || { cat "$work.tool.log"; exit 1; }
[ -x "$tool/kubelint" ] || { echo "e2e: $tool/kubelint is missing or not executable" >&2; exit 1; }

# The floor: a console app that prints one line, published the same way (ReadyToRun, invariant globalization).
floor="$work/floor"
if [ ! -x "$floor/out/floor" ]; then
  mkdir -p "$floor"
  printf 'System.Console.WriteLine("hello");\n' > "$floor/Program.cs"
  cat > "$floor/floor.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <PublishReadyToRun>true</PublishReadyToRun>
    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
    <SelfContained>false</SelfContained>
    <InvariantGlobalization>true</InvariantGlobalization>
    <TieredPGO>false</TieredPGO>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
XML
  dotnet publish "$floor/floor.csproj" -c Release -o "$floor/out" -nologo -v quiet > "$work.floor.log" 2>&1 || { cat "$work.floor.log"; exit 1; }
fi

# The ceiling: YamlDotNet's parser alone over the same files, as a process of its own.
ceiling="$work/parse-only"
echo "== building the YamlDotNet parse-only ceiling to $ceiling"
dotnet build tests/KubeLint.Benchmarks -c Release -o "$ceiling" -nologo -v quiet > "$work.ceiling.log" 2>&1 || { cat "$work.ceiling.log"; exit 1; }

big="${KUBELINT_BENCH_100K:-}"
for count in 1000 10000 ${big:+100000}; do
  if [ ! -d "$work/corpus-$count" ]; then
    python3 "$shared/tools/gen_corpus.py" --out "$work/corpus-$count" --count "$count" --seed 1 --no-truth > /dev/null 2>&1
  fi
done
rm -rf "$work/corpus-5" && mkdir -p "$work/corpus-5"
cp $(ls "$work/corpus-1000"/*.yaml | head -5) "$work/corpus-5/"
# The same 5 files under an .editorconfig that configures a rule: what loading Roslyn's parser costs.
rm -rf "$work/corpus-5-editorconfig" && cp -r "$work/corpus-5" "$work/corpus-5-editorconfig"
printf 'root = true\n\n[*.{yaml,yml}]\ndotnet_diagnostic.KL0005.severity = warning\n' > "$work/corpus-5-editorconfig/.editorconfig"

# measure RUNS "NAME|DOCS|COMMAND ARGS" ...: each command once (to warm the file cache, not the process),
# then RUNS rounds in which every command runs once in turn; medians of wall and CPU time (user+sys), the
# largest peak memory. Timed here rather than by GNU time, whose wall clock has 10 ms steps.
measure() {
  python3 - "$@" <<'PY'
import os, shlex, statistics, subprocess, sys, time
runs, specs = int(sys.argv[1]), [s.split("|", 2) for s in sys.argv[2:]]
quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _, _, command in specs:
    subprocess.run(shlex.split(command), **quiet)
walls = {name: [] for name, _, _ in specs}
cpus = {name: [] for name, _, _ in specs}
peaks = {name: 0 for name, _, _ in specs}
for _ in range(runs):
    for name, _, command in specs:
        start = time.perf_counter()
        process = subprocess.Popen(shlex.split(command), **quiet)
        _, _, usage = os.wait4(process.pid, 0)
        walls[name].append(time.perf_counter() - start)
        cpus[name].append(usage.ru_utime + usage.ru_stime)
        peaks[name] = max(peaks[name], usage.ru_maxrss / 1024)  # KiB on Linux
ceilings = {docs: name for name, docs, _ in specs if name.startswith("ceiling")}
for name, docs, _ in specs:
    wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
    ratio = ""
    if docs in ceilings and ceilings[docs] != name:
        c = ceilings[docs]
        ratio = (f"  = {wall/statistics.median(walls[c]):4.1f}x wall {cpu/statistics.median(cpus[c]):4.1f}x cpu "
                 f"{peaks[name]/peaks[c]:5.1f}x peak of the ceiling")
    print(f"{name:>18}: {int(docs):>6} docs  wall {wall*1000:7.0f} ms  cpu {cpu*1000:7.0f} ms  "
          f"cores busy {cpu/wall:4.2f}  {int(docs)/wall:8.0f} docs/s  peak {peaks[name]:6.1f} MiB  (median of {runs}){ratio}")
PY
}

q() { printf '%q ' "$@"; }   # a command line that survives spaces in the work folder's path
k="$publish/kubelint"
b="${KUBELINT_BENCH_BASELINE:+$KUBELINT_BENCH_BASELINE/kubelint}"
[ -z "$b" ] || [ -x "$b" ] || { echo "e2e: $b (KUBELINT_BENCH_BASELINE) is missing or not executable" >&2; exit 2; }
# with_baseline NAME DOCS ARGS...: the spec for this build and, when a baseline is set, the same for it.
with_baseline() {
  local name="$1" docs="$2"; shift 2
  echo "$name|$docs|$(q "$k" "$@")"
  [ -z "$b" ] || echo "base $name|$docs|$(q "$b" "$@")"
}
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
mapfile -t small < <(with_baseline "cold start" 5 "$work/corpus-5" -q --kubernetes-version 1.27
  echo "installed tool|5|$(q "$tool/kubelint" "$work/corpus-5" -q --kubernetes-version 1.27)"
  with_baseline "+editorconfig" 5 "$work/corpus-5-editorconfig" -q
  with_baseline version 0 --version)
measure "$((runs * 4))" "floor (hello)|0|$(q "$floor/out/floor")" "${small[@]}"
# corpus RUNS LABEL DOCS: the ceiling, then text and JSON output of this build and the baseline, in turn.
corpus() {
  local rounds="$1" label="$2" docs="$3" folder="$work/corpus-$3"
  mapfile -t specs < <(echo "ceiling $label|$docs|$(q dotnet "$ceiling/KubeLint.Benchmarks.dll" --parse-only "$folder")"
    with_baseline "$label" "$docs" "$folder" -q --kubernetes-version 1.27
    with_baseline "$label json" "$docs" "$folder" -q --kubernetes-version 1.27 --format json)
  measure "$rounds" "${specs[@]}"
}
corpus "$runs" 1k 1000
corpus "$runs" 10k 10000
[ -z "$big" ] || corpus "$big" 100k 100000
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
