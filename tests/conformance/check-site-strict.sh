#!/usr/bin/env bash
# A site of two bodies and three meetings, grown one publish at a time (one meeting with its
# protokoll, feeds and sitemap on), and every page of it through validate-html --strict: the
# index, the body and meeting pages, and each document page with the site's navigation.
# The meetings are the example meeting under other bodies and days, as written (its long
# e-mail addresses included: they must wrap at 320 px).
# usage: check-site-strict.sh KANSLI SOURCE_DIR VALIDATORS_DIR OUT_DIR
# Exit 77 (skipped) when the validator is missing, unless CI=true: then that is a failure.
set -uo pipefail
kansli=$1 source=$2 validators=${KANSLI_VALIDATORS_DIR:-$3} out=$4

# shellcheck source=../support/missing.sh
. "$(dirname "${BASH_SOURCE[0]}")/../support/missing.sh"

[ -x "$validators/validate-html" ] || missing "validate-html not found in $validators"
[ -f "$validators/node_modules/vnu-jar/build/dist/vnu.jar" ] || missing "validate-html is not set up (node_modules missing)"
command -v java >/dev/null && [ -x /usr/bin/chromium ] || missing "validate-html needs java and chromium"
command -v xmllint >/dev/null || missing "xmllint (libxml2-utils, installed by the validators' setup) not found"

rm -rf "$out" && mkdir -p "$out"
for spec in "s1 Socialnämnden 2021-02-09" "s2 Socialnämnden 2021-03-16" "k1 Kommunstyrelsen 2021-03-01"; do
  read -r folder body date <<<"$spec"
  cp -R "$source/examples/mote-socialnamnden-2021-02-09" "$out/$folder"
  sed -i "s/\"Socialnämnden\"/\"$body\"/; s/\"2021-02-09\"/\"$date\"/" "$out/$folder/meeting.json"
done
sed -i 's|"date": "2021-03-16",|"date": "2021-03-16", "justerat": "2021-03-23", "protokoll": {"file": "bilagor/exempelbilaga.pdf", "title": "Protokoll"},|' \
  "$out/s2/meeting.json"
for folder in s1 s2 k1; do
  "$kansli" publish "$out/$folder" --out "$out/site" --site-url https://www.kommun.se/sammantraden/ >/dev/null \
    || { echo "FAIL: kansli publish $folder failed"; exit 1; }
done
for feed in "$out/site/feed.atom" "$out/site/socialnamnden/feed.atom" "$out/site/sitemap.xml"; do
  xmllint --noout "$feed" || { echo "FAIL: $feed is not well-formed XML"; exit 1; }
done

mapfile -t pages < <(find "$out/site" -name '*.html' | sort)
[ "${#pages[@]}" -ge 12 ] || { echo "FAIL: expected at least 12 pages, found ${#pages[@]}"; exit 1; }
echo "checking ${#pages[@]} pages with --strict"
"$validators/validate-html" --strict "${pages[@]}"
