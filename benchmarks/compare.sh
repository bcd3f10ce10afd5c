#!/usr/bin/env bash
# Times reportlint against markdownlint-cli2, whole process, on a replica of the documentation corpus (at least
# 40 MB) and on the five seed reports: several runs each, the two tools alternating, then medians and ratios.
# Needs the .NET SDK and npm; installs markdownlint-cli2 into a temporary folder, and reportlint the way users get it:
# packed (this machine's ReadyToRun package and the 'any' fallback, under a version no cache holds) and installed with
# dotnet tool install into a temporary tool path. Nothing outside the temporary folder is changed.
#   benchmarks/compare.sh            # RUNS=5 by default
#   RUNS=9 benchmarks/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
shared=${SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version), node $(node --version)"

npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error markdownlint-cli2@0.24.1 >/dev/null
markdownlint="$work/npm/node_modules/.bin/markdownlint-cli2"
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
version="0.0.0-compare.$(date +%Y%m%d%H%M%S)"
dotnet pack src/ReportLint.Cli -c Release -o "$work/feed" -p:Version="$version" \
  -p:ToolPackageRuntimeIdentifiers="\"$rid;any\"" >/dev/null
NUGET_PACKAGES="$work/packages" dotnet tool install ReportLint.Cli --version "$version" --add-source "$work/feed" \
  --tool-path "$work/tools" >/dev/null
reportlint=("$work/tools/reportlint")
installed=$(find "$work/tools/.store" -name reportlint.dll)
echo "reportlint: dotnet tool install ReportLint.Cli $version -> ${installed#"$work/tools/.store/"}"

# The corpus replica: copies of the documentation corpus until it holds at least 40 MB of Markdown.
mkdir -p "$work/corpus"
copies=0
while [ "$(find "$work/corpus" -name '*.md' -exec cat {} + 2>/dev/null | wc -c)" -lt 41943040 ]; do
  cp -r "$shared/corpus/docs" "$work/corpus/copy$copies"
  copies=$((copies + 1))
done
mkdir -p "$work/seeds"
for f in "$shared"/seeds/*.txt; do cp "$f" "$work/seeds/$(basename "${f%.txt}").md"; done
echo "corpus replica: $copies copies, $(find "$work/corpus" -name '*.md' | wc -l) files, $(find "$work/corpus" -name '*.md' -exec cat {} + | wc -c) bytes"

# Median wall time in seconds of a command run in a folder, over the collected samples.
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
elapsed() {
  local folder=$1; shift
  local start end
  start=$(date +%s%N)
  (cd "$folder" && "$@" >/dev/null 2>&1) || true
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", (e - s) / 1e9 }'
}

compare() {
  local name=$1 folder=$2
  local ml=() rl=()
  for ((i = 0; i < runs; i++)); do
    ml+=("$(elapsed "$folder" "$markdownlint" '**/*.md')")
    rl+=("$(elapsed "$folder" "${reportlint[@]}" check .)")
  done
  local mlm rlm
  mlm=$(printf '%s\n' "${ml[@]}" | median)
  rlm=$(printf '%s\n' "${rl[@]}" | median)
  printf '%s: markdownlint-cli2 %ss, reportlint %ss (median of %d runs): reportlint is %sx faster\n' \
    "$name" "$mlm" "$rlm" "$runs" "$(awk -v a="$mlm" -v b="$rlm" 'BEGIN { printf "%.1f", a / b }')"
}

compare "seeds (5 reports)" "$work/seeds"
compare "corpus replica" "$work/corpus"
