#!/usr/bin/env bash
# How long the reviewer's page (`check --format html`) takes to write and to open in headless Chromium, on three large
# inputs: a generated 2 MB report (the benchmarks' generator, seed 42), 500 Markdown files of ../shared/corpus (the 56
# reports of corpus/reports/docs and every 7th page under 200 KB of corpus/honest, copied to a temporary folder), and
# a dense 2 MB report with a finding every 55 bytes, all in one list. Prints a Markdown table of medians over RUNS runs
# (5): the page's size and findings, the time and CPU time to write it, then, in the browser, the first paint, the
# page parsed and its script run (DOMContentLoaded), the load event, and "ready": the first frame drawn after the load
# (what a reader sees first, with its notes), all from the page's performance entries; and the browser's whole run
# (start, load, screenshot, exit) in wall and CPU time, beside the same for an empty page.
#
# A probe script is added before </body> (and its hash to the page's content security policy); it logs the entries to
# Chromium's console. Chromium runs with --single-process so that GNU time counts the renderer's CPU time too. Needs
# the .NET SDK, python3, chromium and GNU time (/usr/bin/time); writes only to a temporary folder.
#
#   benchmarks/html-open.sh                          # builds the checkout's CLI (Release)
#   REPORTLINT_DLL=/path/reportlint.dll RUNS=3 benchmarks/html-open.sh    # another build, for a before/after
#   INPUTS="report-2mb" benchmarks/html-open.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
inputs=${INPUTS:-report-2mb files-500 dense-2mb}
browser=${REPORTLINT_CHROMIUM:-chromium}
shared=${SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${REPORTLINT_DLL:-}" ]; then
  cli=("dotnet" "$REPORTLINT_DLL")
else
  dotnet build src/ReportLint.Cli -c Release -v q -nologo -o "$work/bin" >/dev/null
  cli=("dotnet" "$work/bin/reportlint.dll")
fi

make_input() { # kind -> path of the file or folder to check
  case "$1" in
    report-2mb)
      dotnet run -c Release --project benchmarks/ReportLint.Benchmarks -- generate 2000000 "$work/report-2mb.md" 42 >/dev/null
      echo "$work/report-2mb.md" ;;
    files-500)
      if [ ! -d "$shared/corpus/reports/docs" ] || [ ! -d "$shared/corpus/honest" ]; then
        echo "html-open: $shared/corpus is missing (set SHARED)" >&2
        exit 1
      fi
      mkdir -p "$work/files-500"
      cp "$shared"/corpus/reports/docs/*.md "$work/files-500/"
      find "$shared/corpus/honest" -name '*.md' -size -200k | LC_ALL=C sort | awk 'NR % 7 == 0' |
        head -n $((500 - $(ls "$work/files-500" | wc -l))) | while read -r f; do
          cp "$f" "$work/files-500/h$(ls "$work/files-500" | wc -l)-$(basename "$f")"
        done
      echo "$work/files-500" ;;
    dense-2mb)
      python3 -c '
import sys
lines, size, i = [], 0, 0
while size < 2_000_000:
    i += 1
    line = f"- Task {i}: ✅ complete, TBD by $(whoami), 100% done"
    lines.append(line)
    size += len(line.encode()) + 1
open(sys.argv[1], "w", encoding="utf-8").write("# Sprint status report\n\n" + "\n".join(lines) + "\n")
' "$work/dense-2mb.md"
      echo "$work/dense-2mb.md" ;;
    *) echo "html-open: no input named $1" >&2; exit 2 ;;
  esac
}

cat >"$work/probe.js" <<'JS'
(function () {
  function report() {
    var n = performance.getEntriesByType('navigation')[0] || {};
    var paint = performance.getEntriesByType('paint').filter(function (e) { return e.name === 'first-contentful-paint'; })[0];
    console.log('RLPROBE ' + [paint ? paint.startTime : -1, n.domContentLoadedEventEnd, n.loadEventEnd, performance.now(),
      document.getElementsByTagName('*').length, document.querySelectorAll('li.note').length].map(Math.round).join(' '));
  }
  window.addEventListener('load', function () {
    requestAnimationFrame(function () { requestAnimationFrame(report); });
  });
})();
JS

# Adds the probe to a page: its script before </body>, its hash to the policy.
probe_page() {
  python3 - "$work/probe.js" "$1" "$2" <<'PY'
import base64, hashlib, sys
probe = open(sys.argv[1], encoding="utf-8").read()
digest = base64.b64encode(hashlib.sha256(probe.encode()).digest()).decode()
page = open(sys.argv[2], encoding="utf-8").read()
if "script-src 'sha256-" in page:
    page = page.replace("script-src 'sha256-", f"script-src 'sha256-{digest}' 'sha256-", 1)
at = page.rindex("</body>")
open(sys.argv[3], "w", encoding="utf-8").write(page[:at] + "<script>" + probe + "</script>\n" + page[at:])
PY
}

open_page() { # page -> "fcp dcl load ready elements notes wall cpu"
  rm -rf "$work/profile"
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S" "$browser" --headless --no-sandbox --single-process --disable-gpu \
    --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions --disable-dev-shm-usage --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$work/profile" --window-size=1280,900 --enable-logging=stderr --v=0 \
    --screenshot="$work/shot.png" "file://$1" >/dev/null 2>"$work/chromium.txt" || true
  local probe
  probe=$(grep -o 'RLPROBE [-0-9 ]*' "$work/chromium.txt" | head -n 1 | cut -c 9-)
  [ -n "$probe" ] || probe="- - - - - -"
  read -r wall user system < <(tail -n 1 "$work/time.txt")
  echo "$probe $wall $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"
}

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

column() { # file, column number -> median
  awk -v c="$2" '$c != "-" { print $c }' "$1" | median
}

printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body><p>empty</p></body></html>\n' >"$work/empty.html"
probe_page "$work/empty.html" "$work/empty.probe.html"
: >"$work/empty.txt"
for _ in $(seq "$runs"); do open_page "$work/empty.probe.html" >>"$work/empty.txt"; done

echo "Load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg); $(nproc) cores; $("$browser" --version 2>/dev/null | head -n 1); medians of $runs runs."
echo
echo "| Input | Page | Findings | Write (s) | Write CPU (s) | First paint (ms) | Parsed (ms) | Load (ms) | Ready (ms) | Elements | Notes built | Browser run (s) | Browser CPU (s) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
echo "| empty page | – | – | – | – | $(column "$work/empty.txt" 1) | $(column "$work/empty.txt" 2) | $(column "$work/empty.txt" 3) | $(column "$work/empty.txt" 4) | – | – | $(column "$work/empty.txt" 7) | $(column "$work/empty.txt" 8) |"
for kind in $inputs; do
  input=$(make_input "$kind")
  : >"$work/write.txt"
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S" "${cli[@]}" check "$input" --format html --output "$work/page.html" --fail-level none >/dev/null 2>&1
    read -r wall user system < <(tail -n 1 "$work/time.txt")
    echo "$wall $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')" >>"$work/write.txt"
  done
  findings=$("${cli[@]}" check "$input" --fail-level none 2>/dev/null | grep -cE ': (warning|error|info) RL' || true)
  bytes=$(stat -c %s "$work/page.html")
  probe_page "$work/page.html" "$work/page.probe.html"
  : >"$work/open.txt"
  for _ in $(seq "$runs"); do open_page "$work/page.probe.html" >>"$work/open.txt"; done
  echo "| $kind | $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') | $findings | $(column "$work/write.txt" 1) | $(column "$work/write.txt" 2) |" \
    "$(column "$work/open.txt" 1) | $(column "$work/open.txt" 2) | $(column "$work/open.txt" 3) | $(column "$work/open.txt" 4) |" \
    "$(column "$work/open.txt" 5) | $(column "$work/open.txt" 6) | $(column "$work/open.txt" 7) | $(column "$work/open.txt" 8) |"
  rm -rf "$input"
done
echo
echo "Load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)."
