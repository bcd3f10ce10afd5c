#!/usr/bin/env bash
# Issue 53: the time from `textDocument/didChange` to the `textDocument/publishDiagnostics` of that version, with the
# tool as installed (`dotnet tool install` of the packed tool, self-contained ReadyToRun for this machine), on a 20 KB and
# a 500 KB status report. The client sets the debounce to 0 (initializationOptions.debounceMs), so the figures are the
# server's own work: applying the incremental change, linting the whole text, writing the diagnostics. Each change
# edits the last table's total (a one-character incremental change), which changes the findings, and waits for its
# diagnostics before the next; the first RUNS/10 changes warm up and are not counted. Prints a Markdown table.
# Needs the .NET SDK and python3; writes only to a temporary folder.
#
#   benchmarks/lsp-latency.sh                              # packs and installs the tool first (about two minutes)
#   REPORTLINT=~/.dotnet/tools/reportlint RUNS=200 benchmarks/lsp-latency.sh   # an installed tool
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${REPORTLINT:-}" ]; then
  cli=$REPORTLINT
else
  version="0.0.0-latency.$(date +%s)"
  dotnet pack src/ReportLint.Cli -c Release -o "$work/feed" -p:Version="$version" -p:ReportLintLocalPlatform=true -v q -nologo >/dev/null
  NUGET_PACKAGES="$work/packages" dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" --version "$version" ReportLint.Cli >/dev/null
  cli="$work/tools/reportlint"
fi

python3 - "$cli" "$runs" <<'PY'
import json, statistics, subprocess, sys, time

cli, runs = sys.argv[1], int(sys.argv[2])

def report(size):
    """A status report of about `size` bytes: weeks of tables with totals (one wrong), status lists, an emoji."""
    parts = ["# Project status report 🚀\n\nOverall completion: 80%\n\n"]
    week = 0
    while sum(len(p.encode()) for p in parts) < size:
        week += 1
        parts.append(
            f"## Week {week}\n\n- ✅ Parser done\n- ✅ Tests written\n- ⏳ Release pending\n\n"
            "| Task | Hours |\n|---|---|\n| Parser | 2h |\n| Tests | 3h |\n| Docs | 4h |\n"
            f"| **Total** | **{9 if week % 2 else 10}h** |\n\n"
            "The parser now reads nested tables; the tests cover the edge cases we found in review.\n\n")
    return "".join(parts)

proc = subprocess.Popen([cli, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

def send(message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def receive():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("the server closed its output")
        line = line.strip()
        if not line:
            break
        name, value = line.split(b":", 1)
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(proc.stdout.read(length))

def wait_for(uri, version):
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri \
                and message["params"].get("version") == version:
            return message["params"]["diagnostics"]

send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": None, "rootUri": None, "capabilities": {}, "initializationOptions": {"debounceMs": 0}}})
while receive().get("id") != 1:
    pass
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

rows = []
for label, size in (("20 KB", 20 * 1024), ("500 KB", 500 * 1024)):
    text = report(size)
    uri = f"file:///tmp/reportlint-latency-{size}.md"
    started = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    findings = len(wait_for(uri, 1))
    opened = (time.perf_counter() - started) * 1000
    lines = text.split("\n")
    line = max(i for i, l in enumerate(lines) if l.startswith("| **Total** |"))
    character = len(lines[line][:lines[line].index("**", 12) + 2].encode("utf-16-le")) // 2
    times = []
    warmup = max(1, runs // 10)
    for version in range(2, 2 + warmup + runs):
        digit = str(version % 10)
        started = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": character},
                                          "end": {"line": line, "character": character + 1}}, "text": digit}]}})
        wait_for(uri, version)
        if version >= 2 + warmup:
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    rows.append((label, len(text.encode()), findings, opened, statistics.median(times), times[int(len(times) * 0.9) - 1], times[0], times[-1]))

send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
while receive().get("id") != 2:
    pass
send({"jsonrpc": "2.0", "method": "exit"})
proc.wait()

print(f"didChange -> publishDiagnostics, debounce 0, {runs} changes each after {max(1, runs // 10)} of warm-up ({cli})\n")
print("| Report | Bytes | Findings | didOpen -> first diagnostics (ms) | Median (ms) | p90 (ms) | Min (ms) | Max (ms) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for label, size, findings, opened, median, p90, low, high in rows:
    print(f"| {label} | {size:,} | {findings} | {opened:.1f} | {median:.1f} | {p90:.1f} | {low:.1f} | {high:.1f} |")
PY
