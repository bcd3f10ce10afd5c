#!/usr/bin/env bash
# Times the `reportlint check` process on the adversarial inputs of issue 21, each behind a short status-report header
# (so triage does not skip them), at 1, 4, 16 and 64 MB, and prints a Markdown table: wall time, CPU time (user and
# system, all cores), peak resident memory, the 16 MB / 1 MB time ratio (linear when about 16, the bound is 20), the
# 64 MB / 16 MB CPU ratio (linear when about 4, the bound is 4.5) and memory above an empty run's divided by the size
# (the bound is about 20). The `findings` input (issue 50) has a finding every 78 bytes, about 860,000 at 64 MB, so it
# times the output path too (sorting, formatting, the summary, the console); its output goes to a file. The
# `share-item` input is one list item of percentages each beside a fraction it contradicts ("55% done (1 of 2 tasks)",
# RL2002), all in one statement.
# Needs the .NET SDK, python3 and GNU time (/usr/bin/time); writes only to a temporary folder.
#
#   benchmarks/adversarial.sh                       # every input at 1, 4, 16 and 64 MB
#   SIZES="1 4" INPUTS="digits-plus table" TIMEOUT=120 benchmarks/adversarial.sh   # a run over TIMEOUT s (600) shows as >TIMEOUT
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-1 4 16 64}
inputs=${INPUTS:-completion-line completion-lines digits-plus table pipes status-list deep-quotes deep-lists brackets findings share-item}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# REPORTLINT_DLL times another build (an older commit's, for a before/after comparison).
if [ -n "${REPORTLINT_DLL:-}" ]; then
  cli=("dotnet" "$REPORTLINT_DLL")
else
  dotnet build src/ReportLint.Cli -c Release -v q -nologo -o "$work/bin" >/dev/null
  cli=("dotnet" "$work/bin/reportlint.dll")
fi

# The header: a status report (three status marks) with one wrong total, which every run must still find (RL2001).
generate() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
kind, mb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
size = mb * 1024 * 1024
header = ("# Project status report\n\nOverall completion: 80%\n\n- ✅ Parser done\n- ✅ Tests written\n- ⏳ Release pending\n\n"
          "| Task | Hours |\n|---|---|\n"
          "| Parser | 2h |\n| Tests | 1h |\n| **Total** | **4h** |\n\n## Details\n\n")
def fill(unit, sep=""):
    n = max(1, (size - len(header)) // len(unit + sep))
    return (unit + sep) * n
body = {
    "completion-line": lambda: fill("Phase completion 50% done, 3 items pending and the goal is complete", " ") + "\n",
    "completion-lines": lambda: fill("Phase completion 50% done, 3 items pending and the goal is complete.\n"),
    "digits-plus": lambda: "Tests: " + fill("12", " + ") + "12\n",
    "table": lambda: "| Task | Hours | Status |\n|---|---|---|\n" + fill("| Parser work item | 2h | ✅ done |\n"),
    "pipes": lambda: fill("|"),
    "status-list": lambda: fill("- ✅ item 100%\n"),
    "deep-quotes": lambda: fill(">" * 128 + " quoted\n"),
    "deep-lists": lambda: fill("".join("  " * i + "- item\n" for i in range(200))),
    "brackets": lambda: fill("[") + "\n",
    "findings": lambda: fill("- Item owner: TBD; send the notes to [your-email@domain.com] by Friday, 5 pm.\n"),
    "share-item": lambda: "- " + fill("m 55% done (1 of 2 tasks)", ", ") + "\n",
}[kind]()
with open(path, "w", encoding="utf-8") as f:
    f.write(header + body)
PY
}

run() { # prints "seconds cpu_seconds peak_kb findings"
  if ! timeout "${TIMEOUT:-600}" /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "${cli[@]}" check "$1" --fail-level none >"$work/out.txt" 2>"$work/err.txt" &&
     ! grep -qE '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$work/time.txt" 2>/dev/null; then
    echo ">${TIMEOUT:-600} - 0 -"
    return
  fi
  read -r wall user system peak < <(tail -n 1 "$work/time.txt")
  echo "$wall $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') $peak $(grep -cE ': (warning|error|info) RL' "$work/out.txt" || true)"
}

: >"$work/empty.md"
read -r _ _ base_kb _ < <(run "$work/empty.md")
echo "| Input | Size | Time (s) | CPU (s) | Peak memory (MB) | (peak − empty run) / size | Findings | 16 MB / 1 MB time | 64 MB / 16 MB CPU |"
echo "|---|---|---|---|---|---|---|---|---|"
for kind in $inputs; do
  first=""
  cpu16=""
  for mb in $sizes; do
    file="$work/$kind-$mb.md"
    generate "$kind" "$mb" "$file"
    bytes=$(stat -c %s "$file")
    read -r seconds cpu peak_kb findings < <(run "$file")
    rm -f "$file"
    if [[ $seconds == ">"* ]]; then
      echo "| $kind | $mb MB | $seconds | – | – | – | – | | |"
      continue
    fi
    ratio=$(awk -v p="$peak_kb" -v b="$base_kb" -v s="$bytes" 'BEGIN { printf "%.1f×", (p - b) * 1024 / s }')
    [ -z "$first" ] && first=$seconds
    growth=""
    [ "$mb" = 16 ] && growth=$(awk -v a="$seconds" -v b="$first" 'BEGIN { printf "%.1f×", (b > 0 ? a / b : 0) }')
    [ "$mb" = 16 ] && cpu16=$cpu
    cpu_growth=""
    [ "$mb" = 64 ] && [ -n "$cpu16" ] && cpu_growth=$(awk -v a="$cpu" -v b="$cpu16" 'BEGIN { printf "%.2f×", (b > 0 ? a / b : 0) }')
    echo "| $kind | $mb MB | $seconds | $cpu | $((peak_kb / 1024)) | $ratio | $findings | $growth | $cpu_growth |"
  done
done
echo
echo "Empty run: $((base_kb / 1024)) MB peak. $(nproc) cores; $(dotnet --version); $(date -u +%Y-%m-%d)."
