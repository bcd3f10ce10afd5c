#!/usr/bin/env bash
# Times `reportlint fix --dry-run` against `reportlint fix` on a generated 800 KB status report with about 9,000
# fixable defects (mojibake on most lines, as a report decoded with the wrong code page has), and prints a Markdown
# table: wall time and peak memory (maximum resident set size, from GNU time) of each, median of RUNS runs.
#
#   benchmarks/dry-run.sh                      # builds the tool (Release) from this checkout into a temporary folder
#   REPORTLINT=/path/to/reportlint.dll benchmarks/dry-run.sh   # measures that build instead
#
# Needs the .NET SDK, awk and GNU time (/usr/bin/time). Changes nothing outside a temporary folder.
set -euo pipefail
RUNS=${RUNS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -z "${REPORTLINT:-}" ]]; then
  dotnet build "$root/src/ReportLint.Cli" -c Release -o "$work/tool" -v q -nologo >/dev/null
  REPORTLINT="$work/tool/reportlint.dll"
fi

# Report-like text: headings, a status list whose marks were mangled (âœ… for ✅, one fix per line), plain prose.
awk 'BEGIN {
  print "# Project completion report"; print "";
  for (s = 1; s <= 150; s++) {
    printf "## Phase %d: delivery of component %d\n\n", s, s;
    for (i = 1; i <= 60; i++) printf "- \303\242\305\223\342\200\246 Task %d.%d implemented and reviewed by the team\n", s, i;
    print "";
    for (p = 1; p <= 20; p++) printf "Work on component %d continued as planned; the notes for week %d are in the tracker.\n", s, p;
    print "";
  }
}' > "$work/report.md"

size=$(wc -c < "$work/report.md")
fixes=$(grep -c $'\303\242\305\223' "$work/report.md" || true)

measure() { # $1 = label, rest = arguments; prints "seconds KB" medians
  local label=$1 times=() mems=()
  shift
  for ((r = 0; r < RUNS; r++)); do
    cp "$work/report.md" "$work/copy.md"
    /usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet "$REPORTLINT" "$@" "$work/copy.md" >/dev/null 2>&1 || true
    read -r t m < <(tail -n 1 "$work/time.txt")
    times+=("$t"); mems+=("$m")
  done
  local mt mm
  mt=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  mm=$(printf '%s\n' "${mems[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  printf '| `%s` | %s s | %d MB |\n' "$label" "$mt" "$((mm / 1024))"
}

echo "Report: $size bytes, $fixes lines with a fixable defect; median of $RUNS runs; $(nproc) cores."
echo
echo '| Command | Wall time | Peak memory (max RSS) |'
echo '|---|---|---|'
measure "fix" fix
measure "fix --dry-run" fix --dry-run
