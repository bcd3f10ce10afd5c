"""The action's summary step: the SARIF file of the check step as Markdown in $GITHUB_STEP_SUMMARY (findings per
rule, with a link to each rule's page, and per file). Reads only that file; every value written is escaped."""
import json
import os
import sys
from collections import Counter, defaultdict
from urllib.parse import unquote

LEVELS = {"error": "error", "warning": "warning", "note": "info"}


def cell(text):
    """Text safe in a Markdown table cell: no pipes, line breaks, markup or HTML taken from the report."""
    out = []
    for ch in str(text):
        if ch in "\\`*_[]<>|#!":
            out.append("\\" + ch if ch != "|" else "&#124;")
        elif ch in "\r\n":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def main():
    sarif_path = os.environ.get("INPUT_SARIF_FILE") or "reportlint.sarif"
    summary_path = os.environ["GITHUB_STEP_SUMMARY"]
    code = os.environ.get("CHECK_EXIT_CODE", "")
    fail_level = os.environ.get("INPUT_FAIL_LEVEL") or "warning"
    lines = ["## ReportLint", ""]
    try:
        with open(sarif_path, encoding="utf-8") as f:
            run = json.load(f)["runs"][0]
    except (OSError, ValueError, KeyError, IndexError) as e:
        lines += [f"ReportLint did not produce its report ({cell(type(e).__name__)}); see the step's log.", ""]
        with open(summary_path, "a", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        return 0

    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    by_rule = Counter()
    by_file = defaultdict(Counter)
    levels = Counter()
    for result in run.get("results", []):
        rule = result["ruleId"]
        level = LEVELS.get(result.get("level", "warning"), "info")
        uri = unquote(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        by_rule[rule] += 1
        by_file[uri][level] += 1
        levels[level] += 1

    total = sum(by_rule.values())
    verdict = {"0": "passed", "1": f"failed (findings at or above {cell(fail_level)})", "2": "failed (an error; see the log)"}.get(code, "")
    if total == 0:
        lines += [f"No findings. {verdict.capitalize()}".rstrip(), ""]
    else:
        parts = ", ".join(f"{levels[k]} {k}{'s' if k != 'info' and levels[k] != 1 else ''}" for k in ("error", "warning", "info") if levels[k])
        files = len(by_file)
        lines += [f"**{total} finding{'s' if total != 1 else ''}** ({parts}) in {files} file{'s' if files != 1 else ''}: {verdict}.", ""]
        lines += ["### Findings by rule", "", "| Rule | Title | Findings |", "|---|---|---:|"]
        for rule, count in sorted(by_rule.items(), key=lambda p: (-p[1], p[0])):
            info = rules.get(rule, {})
            link = info.get("helpUri", "")
            title = info.get("shortDescription", {}).get("text", "")
            name = f"[{cell(rule)}]({link})" if link.startswith("https://") else cell(rule)
            lines.append(f"| {name} | {cell(title)} | {count} |")
        lines += ["", "### Findings by file", "", "| File | Errors | Warnings | Info |", "|---|---:|---:|---:|"]
        for uri, counts in sorted(by_file.items(), key=lambda p: (-sum(p[1].values()), p[0])):
            lines.append(f"| {cell(uri)} | {counts['error']} | {counts['warning']} | {counts['info']} |")
        lines.append("")
    with open(summary_path, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
