#!/usr/bin/env bash
# The action's install step: puts the reportlint tool in $RUNNER_TEMP/reportlint-tool and on the job's PATH.
# INPUT_VERSION empty: built from the action's own checkout (one framework-dependent tool package); otherwise that
# version of ReportLint.Cli from the configured NuGet sources, plus INPUT_SOURCE when given.
set -euo pipefail
tool="${RUNNER_TEMP:?}/reportlint-tool"
if [ -x "$tool/reportlint" ]; then
  echo "reportlint: already installed in $tool"
elif [ -z "${INPUT_VERSION:-}" ]; then
  packages="$RUNNER_TEMP/reportlint-packages"
  dotnet pack "${GITHUB_ACTION_PATH:?}/src/ReportLint.Cli" -c Release -o "$packages" -p:ReportLintPlainToolPackage=true --nologo -v quiet
  dotnet tool install --tool-path "$tool" --add-source "$packages" ReportLint.Cli
else
  args=(--tool-path "$tool" --version "$INPUT_VERSION")
  if [ -n "${INPUT_SOURCE:-}" ]; then
    args+=(--add-source "$INPUT_SOURCE")
  fi
  dotnet tool install "${args[@]}" ReportLint.Cli
fi
echo "$tool" >> "${GITHUB_PATH:?}"
"$tool/reportlint" --version
