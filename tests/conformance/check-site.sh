#!/usr/bin/env bash
# Publishes a meeting folder with `kansli publish` and runs validate-html (Nu Html Checker and
# axe-core) on every page of the site: the index, the meeting page and every document page.
# usage: check-site.sh KANSLI MEETING_FOLDER VALIDATORS_DIR OUT_DIR
# Exit 77 (skipped) when the validator is missing, unless CI=true: then that is a failure.
set -uo pipefail
kansli=$1 meeting=$2 validators=${KANSLI_VALIDATORS_DIR:-$3} out=$4

# shellcheck source=../support/missing.sh
. "$(dirname "${BASH_SOURCE[0]}")/../support/missing.sh"

rm -rf "$out"
"$kansli" publish "$meeting" --out "$out" || { echo "FAIL: kansli publish failed"; exit 1; }
mapfile -t pages < <(find "$out" -name '*.html' | sort)
# index, meeting page, and at least the kallelse and one item's document
[ "${#pages[@]}" -ge 4 ] || { echo "FAIL: expected at least 4 pages, found ${#pages[@]}"; exit 1; }
echo "checking ${#pages[@]} pages"

[ -x "$validators/validate-html" ] || missing "validate-html not found in $validators"
[ -f "$validators/node_modules/vnu-jar/build/dist/vnu.jar" ] || missing "validate-html is not set up (node_modules missing)"
command -v java >/dev/null && [ -x /usr/bin/chromium ] || missing "validate-html needs java and chromium"
"$validators/validate-html" "${pages[@]}"
