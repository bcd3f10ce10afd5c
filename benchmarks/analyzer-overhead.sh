#!/usr/bin/env bash
# What ReportLint.Analyzers adds to a build: two copies of one C# project (40 small classes and 50 Markdown reports
# of 20 KB each, joined from real status reports), one referencing the analyzer package packed from this checkout,
# the other not. After a warm-up build of each, every run changes both copies the same way and times
# `dotnet build --no-restore`, the two alternating; then medians and the ratio, for four cases:
#   - a C# file changed, with the compiler server (the SDK's default, and what IDEs do: the analyzer stays loaded
#     and jitted, and reports whose text and configuration did not change are not linted again);
#   - one report changed too, with the compiler server (that one linted again: the edit loop);
#   - every report changed too, with the compiler server (all 50 linted again);
#   - a C# file changed, without the compiler server (UseSharedCompilation=false: a fresh compiler process loads and
#     jits the analyzer at every build, as on a CI agent that sets it).
# A fifth case splits the first one: the same build with the analyzer's diagnostics silenced in the project
# (<NoWarn> of every rule ID, so the compiler drops them before MSBuild logs them): the analysis alone, without the
# cost of reporting thousands of warnings. A last build with -p:ReportAnalyzer=true prints the compiler's own
# account of the analyzer's time.
# Needs only the .NET SDK; everything happens in a temporary folder (its own package cache and nuget.config).
#   benchmarks/analyzer-overhead.sh            # RUNS=9 by default
#   RUNS=15 benchmarks/analyzer-overhead.sh
#   REPORTS=/path/to/markdown benchmarks/analyzer-overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
# The compiler server, whatever the environment says (an environment variable is an MSBuild property); the last case
# turns it off on the command line.
export UseSharedCompilation=true

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET SDK $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg), MSBUILDDISABLENODEREUSE=${MSBUILDDISABLENODEREUSE:-}"

version="0.1.0-bench.$(date +%s)"
dotnet pack src/ReportLint.Analyzers -c Release -o "$work/feed" -p:Version="$version" >/dev/null
cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bench" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF

# The reports: the real status reports of ../shared/corpus/reports (English and French) when they are beside the
# clone, else the example reports; report i joins them from the i-th on until it holds at least 20 KB.
# REPORTS=<folder> joins the project's reports from the Markdown files of another folder instead (at least one of
# them must hold a finding: the warm-up build checks that the analyzer lints).
shared=${SHARED:-../shared}
sources=("${REPORTS:-$shared/corpus/reports/docs}"/*.md)
[ -f "${sources[0]}" ] || sources=(examples/*.md)
mkdir -p "$work/reports"
for i in $(seq 1 50); do
  out="$work/reports/report$i.md"
  : > "$out"
  k=$i
  while [ "$(wc -c < "$out")" -lt 20480 ]; do
    cat "${sources[$((k % ${#sources[@]}))]}" >> "$out"
    echo >> "$out"
    k=$((k + 1))
  done
done

make_project() {
  local dir=$1 reference=$2
  mkdir -p "$dir/docs" "$dir/src"
  cat > "$dir/Bench.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
$reference
  </ItemGroup>
</Project>
EOF
  cp "$work"/reports/*.md "$dir/docs/"
  for i in $(seq 1 40); do
    cat > "$dir/src/Class$i.cs" <<EOF
namespace Bench;

public sealed class Class$i
{
    private readonly List<int> _values = [];

    public int Count => _values.Count;

    public void Add(int value) => _values.Add(value * $i);

    public int Sum()
    {
        int sum = 0;
        foreach (int value in _values)
        {
            sum += value;
        }

        return sum;
    }

    public override string ToString() => \$"Class$i: {Count} values, sum {Sum()}";
}
EOF
  done
}

make_project "$work/with" "    <PackageReference Include=\"ReportLint.Analyzers\" Version=\"$version\" PrivateAssets=\"all\" />"
make_project "$work/without" ""
make_project "$work/silenced" "    <PackageReference Include=\"ReportLint.Analyzers\" Version=\"$version\" PrivateAssets=\"all\" />"
rule_ids=$(grep -rhoE '"RL[0-9]{4}"' src/ReportLint.Core src/ReportLint.Rules --include='*.cs' | tr -d '"' | sort -u | paste -sd ';' -)
sed -i "s#<Nullable>#<NoWarn>\$(NoWarn);$rule_ids</NoWarn><Nullable>#" "$work/silenced/Bench.csproj"
echo "project: 40 C# files, 50 reports from ${#sources[@]} sources ($(dirname "${sources[0]}")), $(cat "$work"/with/docs/*.md | wc -c) bytes of Markdown"

# The first copy must really lint: its warm-up build reports RL diagnostics.
for copy in with without silenced; do
  if ! (cd "$work/$copy" && dotnet build > "$work/$copy.log" 2>&1); then
    tail -n 20 "$work/$copy.log" >&2
    exit 1
  fi
done
findings=$(grep -cE 'warning RL[0-9]{4}' "$work/with.log" || true)
if [ "$findings" -eq 0 ] || grep -qE 'RL[0-9]{4}' "$work/without.log"; then
  echo "the analyzer did not report in the first copy, or reported in the second" >&2
  exit 1
fi
echo "warm-up: the analyzer reported $((findings / 2)) warnings (each is printed twice by dotnet build)"

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# One timed build of a copy after a change: "code" touches a C# file; "report" also appends a line to one report
# and "reports" to every report (the first copy's analyzer lints that one, or all 50, again); "cold" touches a C#
# file and compiles without the compiler server (a fresh compiler process that loads and jits everything).
elapsed() {
  local folder=$1 scenario=$2 start end args=()
  touch "$folder/src/Class1.cs"
  if [ "$scenario" = reports ]; then
    for f in "$folder"/docs/*.md; do echo "Edited." >> "$f"; done
  elif [ "$scenario" = report ]; then
    echo "Edited." >> "$folder/docs/report1.md"
  fi
  [ "$scenario" = cold ] && args=(-p:UseSharedCompilation=false)
  start=$(date +%s%N)
  (cd "$folder" && dotnet build --no-restore "${args[@]}" >/dev/null 2>&1)
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

measure() {
  local scenario=$1 label=$2 copy=${3:-with} with=() without=() wm wo
  for ((i = 0; i < runs; i++)); do
    without+=("$(elapsed "$work/without" "$scenario")")
    with+=("$(elapsed "$work/$copy" "$scenario")")
  done
  wm=$(printf '%s\n' "${with[@]}" | median)
  wo=$(printf '%s\n' "${without[@]}" | median)
  echo "  without the analyzer: ${without[*]}"
  echo "  with the analyzer:    ${with[*]}"
  printf '%s, median of %d runs: without %ss, with %ss: the analyzer adds %s%%\n' \
    "$label" "$runs" "$wo" "$wm" "$(awk -v a="$wm" -v b="$wo" 'BEGIN { printf "%.1f", (a / b - 1) * 100 }')"
}

measure code "build after a C# change (compiler server warm)"
measure report "build after a change to one report (compiler server warm)"
measure reports "build after a change to every report (compiler server warm)"
measure cold "build after a C# change, no compiler server (UseSharedCompilation=false)"
measure code "build after a C# change (compiler server warm), the analyzer's warnings silenced by NoWarn" silenced

# The compiler's own account of the analyzer's time (seconds, share of all analyzers' time), on a build after a C#
# change and on one that lints every report again.
analyzer_time() {
  (cd "$work/with" && dotnet build --no-restore -p:ReportAnalyzer=true -v:d 2>&1) \
    | grep -E '^ *[0-9.]+ +[0-9]+ +ReportLint.Analyzers.ReportLintAnalyzer' | awk '{ print $1 "s (" $2 "% of the analyzers)" }' | head -1
}
touch "$work/with/src/Class1.cs"
echo "ReportLint analyzer time, build after a C# change: $(analyzer_time)"
for f in "$work"/with/docs/*.md; do echo "Edited." >> "$f"; done
echo "ReportLint analyzer time, build after a change to every report: $(analyzer_time)"
