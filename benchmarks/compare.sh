#!/usr/bin/env bash
# Times reportlint against markdownlint-cli2, whole process, on three workloads: the five seed reports, the honest
# documentation corpus (../shared/corpus/honest) and a replica of the documentation corpus (at least 40 MB). Each round
# runs the tools one after the other on the same files (alternating which goes first), and each round's ratio is taken
# from that pair, so a machine whose speed drifts between rounds still gives comparable ratios; the medians of the
# rounds are printed, with CPU time (user + system, from getrusage, to the microsecond) beside wall time. CPU time is
# the robust figure on a shared machine: waiting for a core does not count.
# Needs the .NET SDK, npm and python3; installs markdownlint-cli2 into a temporary folder, and reportlint the way
# users get it: packed (this machine's platform and the 'any' fallback, under a version no cache holds) and installed
# with dotnet tool install into a temporary tool path. BASELINE_REF=<git ref> packs and installs that commit's tool too
# and times it in the same rounds (the ratio old / new). Nothing outside the temporary folder is changed.
#   benchmarks/compare.sh                       # RUNS=5 by default
#   RUNS=9 BASELINE_REF=main benchmarks/compare.sh
#   WORKLOADS="seeds honest" benchmarks/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
shared=$(cd "${SHARED:-../shared}" && pwd)
workloads=${WORKLOADS:-seeds honest replica}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version), node $(node --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"

npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error markdownlint-cli2@0.24.1 >/dev/null
markdownlint="$work/npm/node_modules/.bin/markdownlint-cli2"
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

# Packs the tool of a source tree and installs it into a tool path; prints what was installed.
install_tool() {
  local source=$1 version=$2 tools=$3
  dotnet pack "$source/src/ReportLint.Cli" -c Release -o "$work/feed" -p:Version="$version" \
    -p:ToolPackageRuntimeIdentifiers="\"$rid;any\"" >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
  NUGET_PACKAGES="$work/packages" dotnet tool install ReportLint.Cli --version "$version" --add-source "$work/feed" \
    --tool-path "$tools" >/dev/null
  local target
  target=$(readlink -f "$tools/reportlint")
  if [ -f "$(dirname "$target")/reportlint.dll" ]; then
    echo "${target#"$tools/.store/"} (ReadyToRun: $(dirname "${target#"$tools/.store/"}")/reportlint.dll)"
  else
    echo "${target#"$tools/.store/"} (native, $(du -h "$target" | cut -f1))"
  fi
}

stamp=$(date +%Y%m%d%H%M%S)
echo "reportlint: $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo '+changes'), dotnet tool install ReportLint.Cli -> $(install_tool . "0.0.0-compare.$stamp" "$work/tools")"
tools=(markdownlint-cli2 reportlint)
commands=("$markdownlint" "$work/tools/reportlint")
if [ -n "${BASELINE_REF:-}" ]; then
  mkdir -p "$work/baseline-src"
  git archive "$BASELINE_REF" | tar -x -C "$work/baseline-src"
  echo "baseline: $BASELINE_REF ($(git rev-parse --short "$BASELINE_REF")), dotnet tool install ReportLint.Cli -> $(install_tool "$work/baseline-src" "0.0.0-baseline.$stamp" "$work/baseline-tools")"
  tools+=(baseline)
  commands+=("$work/baseline-tools/reportlint")
fi

# The workloads' folders.
declare -A folder
mkdir -p "$work/seeds"
for f in "$shared"/seeds/*.txt; do cp "$f" "$work/seeds/$(basename "${f%.txt}").md"; done
folder[seeds]="$work/seeds"
folder[honest]="$shared/corpus/honest"
# The corpus replica: copies of the documentation corpus until it holds at least 40 MB of Markdown.
mkdir -p "$work/corpus"
copies=0
while [ "$(find "$work/corpus" -name '*.md' -exec cat {} + 2>/dev/null | wc -c)" -lt 41943040 ]; do
  cp -r "$shared/corpus/docs" "$work/corpus/copy$copies"
  copies=$((copies + 1))
done
folder[replica]="$work/corpus"
for name in $workloads; do
  echo "$name: $(find "${folder[$name]}" -name '*.md' | wc -l) files, $(find "${folder[$name]}" -name '*.md' -exec cat {} + | wc -c) bytes of Markdown$([ "$name" = replica ] && echo ", $copies copies of ../shared/corpus/docs")"
done

# Times a command: its wall time and the CPU time (user + system) of it and its children, to the microsecond, from
# getrusage. GNU time prints both to the hundredth of a second, a step of 10% of the seeds' 0.1 s of CPU.
# Only the command's own share is counted: what children the interpreter ran before it is taken off.
timer='import resource, subprocess, sys, time
def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
before = cpu()
start = time.perf_counter()
status = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
with open(sys.argv[1], "w") as out:
    out.write(f"{wall:.6f} {cpu() - before:.6f}\n")
sys.exit(status)'

# Runs tool number $1 in folder $2 and prints "wall cpu" in seconds.
run_tool() {
  local index=$1 dir=$2 out=$work/time.txt status
  set +e
  if [ "$index" -eq 0 ]; then
    (cd "$dir" && python3 -c "$timer" "$out" "${commands[0]}" '**/*.md')
  else
    (cd "$dir" && python3 -c "$timer" "$out" "${commands[$index]}" check . --fail-level none)
  fi
  status=$?
  set -e
  # markdownlint-cli2 exits 1 when it finds something; anything past that is a failure to run.
  if [ "$status" -gt 1 ]; then
    echo "compare: ${tools[$index]} exited $status in $dir" >&2
    exit 1
  fi
  awk '{ printf "%.4f %.4f\n", $1, $2 }' "$out"
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
minmax() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s-%s", lo, hi }'; }

for name in $workloads; do
  dir=${folder[$name]}
  # One warm-up run of each tool (file cache, npm's module cache).
  for ((t = 0; t < ${#tools[@]}; t++)); do run_tool "$t" "$dir" >/dev/null; done
  declare -A wall=() cpu=()
  for ((r = 0; r < runs; r++)); do
    order=$(seq 0 $((${#tools[@]} - 1)))
    if ((r % 2)); then order=$(tac <<<"$order"); fi
    for t in $order; do
      read -r w c < <(run_tool "$t" "$dir")
      wall[$t,$r]=$w
      cpu[$t,$r]=$c
    done
  done
  line="$name ($runs rounds):"
  for ((t = 0; t < ${#tools[@]}; t++)); do
    line+=" ${tools[$t]} $(for ((r = 0; r < runs; r++)); do echo "${wall[$t,$r]}"; done | median) s wall, $(for ((r = 0; r < runs; r++)); do echo "${cpu[$t,$r]}"; done | median) s CPU;"
  done
  echo "$line"
  # Paired ratios: markdownlint-cli2 / reportlint, and baseline / reportlint, round by round.
  for ((t = 0; t < ${#tools[@]}; t++)); do
    [ "$t" -eq 1 ] && continue
    walls=$(for ((r = 0; r < runs; r++)); do awk -v a="${wall[$t,$r]}" -v b="${wall[1,$r]}" 'BEGIN { printf "%.2f\n", a / b }'; done)
    cpus=$(for ((r = 0; r < runs; r++)); do awk -v a="${cpu[$t,$r]}" -v b="${cpu[1,$r]}" 'BEGIN { printf "%.2f\n", a / b }'; done)
    echo "  ${tools[$t]} / reportlint: wall $(median <<<"$walls")x ($(minmax <<<"$walls")), CPU $(median <<<"$cpus")x ($(minmax <<<"$cpus"))"
  done
done
