#!/usr/bin/env bash
# Installs the CommonMark spec (the npm package commonmark-spec, pinned) into a cache folder outside the clone, once,
# and prints the path of its spec.txt, whose examples the fuzz test reads (REPORTLINT_COMMONMARK_SPEC).
# Needs npm (apt-get install nodejs npm).
set -euo pipefail
version=0.31.2
cache=${REPORTLINT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/reportlint}/commonmark-spec-$version
spec=$cache/node_modules/commonmark-spec/spec.txt
if [ ! -f "$spec" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "commonmark-spec@$version" >&2
fi
echo "$spec"
