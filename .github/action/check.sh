#!/usr/bin/env bash
# The action's check step: a SARIF file (for github/codeql-action/upload-sarif) and workflow annotations, each in a
# run of `reportlint check` over INPUT_PATHS (whitespace-separated paths or quoted globs, not expanded by the shell).
# It does not fail the step: it writes exit-code (0 clean, 1 findings at the fail level, 2 error), findings and
# sarif-file to $GITHUB_OUTPUT, and the action's last step fails the job on them, after the summary is written.
set -euo pipefail
set -f
reportlint="${RUNNER_TEMP:?}/reportlint-tool/reportlint"
read -r -a paths <<<"${INPUT_PATHS:-.}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
formats=",${INPUT_FORMATS:-github,sarif,summary},"
common=()
if [ -n "${INPUT_BASELINE:-}" ]; then
  common+=(--baseline "$INPUT_BASELINE")
fi

sarif="${INPUT_SARIF_FILE:-reportlint.sarif}"
# The summary is made from the SARIF file, so it is written when either is asked for.
if [[ "$formats" == *,sarif,* || "$formats" == *,summary,* ]]; then
  set +e
  "$reportlint" check "${common[@]}" --format sarif --output "$sarif" --fail-level none -- "${paths[@]}"
  sarif_code=$?
  set -e
  if [ "$sarif_code" -ne 0 ]; then
    echo "exit-code=2" >> "${GITHUB_OUTPUT:?}"
    exit 0
  fi
  echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
fi

set +e
if [[ "$formats" == *,github,* ]]; then
  "$reportlint" check "${common[@]}" --format github --fail-level "${INPUT_FAIL_LEVEL:-warning}" -- "${paths[@]}"
else
  "$reportlint" check "${common[@]}" --format msbuild --fail-level "${INPUT_FAIL_LEVEL:-warning}" -- "${paths[@]}"
fi
code=$?
set -e
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
if [ -f "$sarif" ]; then
  echo "findings=$(grep -c '"ruleId"' "$sarif" || true)" >> "$GITHUB_OUTPUT"
fi
