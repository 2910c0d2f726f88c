#!/usr/bin/env bash
# The end-to-end browser test: publishes the example meeting, renders the Katrineholm
# årsredovisning as HTML, and runs site.test.mjs (Playwright driving Debian's Chromium).
# usage: run-e2e.sh KANSLI SOURCE_DIR OUT_DIR
# Exit 77 (skipped) when Node, the npm packages (scripts/install-deps.sh runs npm ci here) or
# Chromium are missing, unless CI=true: then that is a failure.
set -uo pipefail
kansli=$1 source=$2 out=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# shellcheck source=../support/missing.sh
. "$(dirname "${BASH_SOURCE[0]}")/../support/missing.sh"

command -v node >/dev/null || missing "node not found"
[ -d "$here/node_modules/playwright-core" ] && [ -d "$here/node_modules/axe-core" ] \
    || missing "npm packages missing in $here (run scripts/install-deps.sh)"
[ -x /usr/bin/chromium ] || missing "/usr/bin/chromium not found"

rm -rf "$out" && mkdir -p "$out"
"$kansli" publish "$source/examples/mote-socialnamnden-2021-02-09" --out "$out/site" >/dev/null \
    || { echo "FAIL: kansli publish failed"; exit 1; }
"$kansli" render --example --template katrineholm/arsredovisning --format html --out "$out/arsredovisning" >/dev/null \
    || { echo "FAIL: rendering the årsredovisning failed"; exit 1; }
node "$here/site.test.mjs" "$out/site" "$out/arsredovisning/example.html" "$out/artefacts" || exit 1
# The first printed pages as images too (poppler-utils comes with the validators' set-up).
if command -v pdftoppm >/dev/null; then
    pdftoppm -r 60 -png -f 1 -l 3 "$out/artefacts/arsredovisning-print.pdf" "$out/artefacts/arsredovisning-print-page" \
        || { echo "FAIL: pdftoppm could not read the printed PDF"; exit 1; }
fi
echo "artefacts: $out/artefacts"
