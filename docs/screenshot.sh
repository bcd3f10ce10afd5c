#!/usr/bin/env bash
# Makes docs/images/review.png again: the README's picture of the HTML format, the page `reportlint check --format html`
# writes for the bundled examples/, opened in headless Chromium. Run it when the page changes, and commit the picture.
#
# Needs the .NET SDK and Debian's chromium; fonts-noto-color-emoji draws the reports' ✅ marks, and pngquant, when
# installed, makes the file about three times smaller:
#   apt-get install -y chromium fonts-noto-color-emoji pngquant
set -euo pipefail
cd "$(dirname "$0")/.."

browser=${REPORTLINT_CHROMIUM:-chromium}
if ! command -v "$browser" >/dev/null 2>&1; then
  echo "screenshot: $browser not found (apt-get install chromium, or set REPORTLINT_CHROMIUM)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project src/ReportLint.Cli -- check examples/ --format html --output "$work/review.html" --fail-level none

# The top of the page: the summary, then the first report with its notes, all built at once (#all-notes) rather than
# when they near the screen, so the picture never depends on timing. (Headless Chromium draws a page scrolled to
# a #fragment blank, so the window is made tall enough instead.)
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --force-device-scale-factor=1 --window-size=1280,1280 --screenshot="$work/review.png" "file://$work/review.html#all-notes" 2>/dev/null

mkdir -p docs/images
if command -v pngquant >/dev/null 2>&1; then
  pngquant --quality=65-90 --strip --force --output docs/images/review.png "$work/review.png"
else
  cp "$work/review.png" docs/images/review.png
fi
echo "screenshot: docs/images/review.png ($(wc -c <docs/images/review.png) bytes)"
