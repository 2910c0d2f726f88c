#!/usr/bin/env bash
# Makes the page images of docs/pdf.md: pages of the PDF writer's file beside the same pages of
# the DOCX as LibreOffice lays it out, at 60 dpi, left PDF, right DOCX.
# usage: docs/images/make-pdf-pages.sh [BUILD_DIR]      (needs soffice, pdftoppm, pdftotext,
# and /usr/bin/python3 with PIL, which ../shared/validate/setup brings)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
kansli="${1:-$here/build}/bin/kansli"
out="$here/docs/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() {  # render PACKAGE DATA NAME: NAME.pdf and NAME-docx.pdf (LibreOffice's layout of the DOCX)
  "$kansli" render "$2" --template "$1" --format pdf,docx --out "$work/$3" >/dev/null
  mv "$work/$3/$(basename "${2%.json}").pdf" "$work/$3.pdf"
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
    --outdir "$work/$3-docx" "$work/$3/$(basename "${2%.json}").docx" >/dev/null 2>&1
  mv "$work/$3-docx/"*.pdf "$work/$3-docx.pdf"
}

page_of() {  # page_of FILE TEXT [AFTER]: the first page after page AFTER whose text holds TEXT
  local n pages
  pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for ((n = ${3:-0} + 1; n <= pages; n++)); do
    if pdftotext -f "$n" -l "$n" "$1" - | tr -s ' \n' ' ' | grep -qF -- "$2"; then echo "$n"; return; fi
  done
  echo "page_of: '$2' not in $1" >&2; exit 1
}

side_by_side() {  # side_by_side NAME PDF_FILE PDF_PAGE DOCX_FILE DOCX_PAGE
  pdftoppm -r 60 -png -f "$3" -l "$3" -singlefile "$2" "$work/left"
  pdftoppm -r 60 -png -f "$5" -l "$5" -singlefile "$4" "$work/right"
  /usr/bin/python3 - "$work/left.png" "$work/right.png" "$out/$1.png" <<'EOF'
import sys
from PIL import Image, ImageDraw
left, right = Image.open(sys.argv[1]).convert('RGB'), Image.open(sys.argv[2]).convert('RGB')
gap = 12
sheet = Image.new('RGB', (left.width + gap + right.width, max(left.height, right.height)), (160, 160, 160))
sheet.paste(left, (0, 0))
sheet.paste(right, (left.width + gap, 0))
sheet.save(sys.argv[3], optimize=True)
EOF
  echo "wrote $1.png (PDF page $3, DOCX in LibreOffice page $5)"
}

# The Katrineholm årsredovisning, and the same with a footnote in its first chapter's text
# (no bundled example has one; the data is the example's, the note added here only).
ars="$here/templates/katrineholm/arsredovisning/example.json"
/usr/bin/python3 - "$ars" "$work/fotnot.json" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1]))
blocks = data['chapters'][4]['sections'][0]['blocks']
blocks[0]['paragraph']['runs'].append({'note': 'kalla'})
blocks.insert(1, {'footnote': {'id': 'kalla', 'text': 'Källa: socialförvaltningens verksamhetssystem, uttag 15 januari 2021.'}})
json.dump(data, open(sys.argv[2], 'w'), ensure_ascii=False)
EOF
render katrineholm/arsredovisning "$ars" ars
render katrineholm/arsredovisning "$work/fotnot.json" fotnot
render katrineholm/tjansteskrivelse "$here/templates/katrineholm/tjansteskrivelse/example.json" memo

side_by_side pdf-arsredovisning-toc "$work/ars.pdf" 2 "$work/ars-docx.pdf" 2
first=$(page_of "$work/ars.pdf" "Bilaga: Uppföljning av uppdrag i kommunplanen" 3)
side_by_side pdf-arsredovisning-table-continued "$work/ars.pdf" $((first + 1)) "$work/ars-docx.pdf" \
  $(($(page_of "$work/ars-docx.pdf" "Bilaga: Uppföljning av uppdrag i kommunplanen" 3) + 1))
side_by_side pdf-arsredovisning-footnote "$work/fotnot.pdf" "$(page_of "$work/fotnot.pdf" "Källa: socialförvaltningens")" \
  "$work/fotnot-docx.pdf" "$(page_of "$work/fotnot-docx.pdf" "Källa: socialförvaltningens")"
side_by_side pdf-tjansteskrivelse-page-1 "$work/memo.pdf" 1 "$work/memo-docx.pdf" 1
