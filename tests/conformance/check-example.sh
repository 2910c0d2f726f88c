#!/usr/bin/env bash
# Renders one template package's example in one format and runs the independent validators
# from ../shared/validate on the file.
# usage: check-example.sh KANSLI PACKAGE FORMAT VALIDATORS_DIR OUT_DIR
# Exit 77 (reported as skipped by CTest) when a validator is missing, unless CI=true: then a
# missing validator fails, so a skipped check can never pass for a real one.
set -uo pipefail
kansli=$1 package=$2 format=$3 validators=${KANSLI_VALIDATORS_DIR:-$4} outroot=$5
out="$outroot/$format/${package//\//-}"
rm -rf "$out" && mkdir -p "$out"

# shellcheck source=../support/missing.sh
. "$(dirname "${BASH_SOURCE[0]}")/../support/missing.sh"
missing_hint="run ../shared/validate/setup"

"$kansli" render --example --template "$package" --format "$format" --out "$out" || { echo "FAIL: rendering failed"; exit 1; }
file="$out/example.$format"
[ -s "$file" ] || { echo "FAIL: $file was not written"; exit 1; }

# The page numbers the file prints (contents, "Sida X av Y") against LibreOffice's layout of it,
# and the footer heuristics; warnings fail.
check_pages() {
    [ -x "$validators/check-pages" ] || missing "check-pages not found in $validators"
    command -v pdftotext >/dev/null || missing "check-pages needs poppler-utils"
    "$validators/check-pages" -W --keep "$out/check-pages" "$file"
}

case "$format" in
    html)
        [ -x "$validators/validate-html" ] || missing "validate-html not found in $validators"
        [ -f "$validators/node_modules/vnu-jar/build/dist/vnu.jar" ] || missing "validate-html is not set up (node_modules missing)"
        command -v java >/dev/null && [ -x /usr/bin/chromium ] || missing "validate-html needs java and chromium"
        # --strict: reflow and text spacing at 320 px, IBM Equal Access, HTML_CodeSniffer, table
        # headers from the grid, landmark names (issue #16).
        "$validators/validate-html" --strict "$file"
        ;;
    docx)
        [ -x "$validators/validate-docx" ] || missing "validate-docx not found in $validators"
        "$validators/validate-docx" "$file" || exit 1
        command -v soffice >/dev/null || missing "render-check needs LibreOffice"
        "$validators/render-check" "$file" "$out/pages" || exit 1
        check_pages
        ;;
    odt)
        [ -x "$validators/validate-odt" ] || missing "validate-odt not found in $validators"
        "$validators/validate-odt" "$file" || exit 1
        command -v soffice >/dev/null || missing "render-check needs LibreOffice"
        "$validators/render-check" "$file" "$out/pages" || exit 1
        check_pages
        ;;
    pdf)
        # PDF/UA-1 machine checks, then the printed page numbers (contents, "Sida X av Y")
        # against the file's own pages; warnings fail both.
        [ -x "$validators/validate-pdf" ] || missing "validate-pdf not found in $validators"
        command -v pdftotext >/dev/null && command -v qpdf >/dev/null || missing "validate-pdf needs poppler-utils and qpdf"
        /usr/bin/python3 -c 'import pikepdf' 2>/dev/null || missing "validate-pdf needs python3-pikepdf"
        "$validators/validate-pdf" -W "$file" || exit 1
        "$validators/check-pages" -W "$file"
        ;;
    *)
        echo "FAIL: no validator is known for the format $format"; exit 1 ;;
esac
