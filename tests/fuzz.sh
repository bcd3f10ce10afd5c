#!/usr/bin/env bash
# The fuzz run of issue 21: REPORTLINT_FUZZ_INPUTS generated inputs (default 1,000,000) over five kinds (random bytes,
# a report grammar in English and French, lines laid out off the margin (issue 50), mutations of ../shared/seeds and
# examples/, the CommonMark spec examples),
# each linted and fixed through the library with no exception, no RL0001, every diagnostic inside the text, fixes
# idempotent and byte-exact in UTF-8, UTF-8 with BOM, UTF-16 LE/BE and CRLF. Release build, all cores.
#
#   tests/fuzz.sh                                            # the CI run: 1,000,000 inputs, seed 21
#   REPORTLINT_FUZZ_INPUTS=20000000 REPORTLINT_FUZZ_SEED=7 tests/fuzz.sh   # a longer campaign, another seed
#
# A failure prints, per kind of failure, the smallest input that showed it (escaped, and its first bytes in hex).
set -euo pipefail
cd "$(dirname "$0")/.."
export REPORTLINT_FUZZ_INPUTS=${REPORTLINT_FUZZ_INPUTS:-1000000}
export REPORTLINT_COMMONMARK_SPEC=${REPORTLINT_COMMONMARK_SPEC:-$(bash tests/commonmark-spec.sh)}
dotnet test tests/ReportLint.Tests -c Release --filter "Category=Fuzz" --logger "console;verbosity=normal" "$@"
