#!/usr/bin/env bash
# Writes po/kansli.pot, every message Kansli shows a person, from the sources: the library's
# message patterns (core/src/message_catalogue.cpp) and the command's texts (cli/, marked N_ or
# tr/tr_format), then merges it into each translation (po/sv.po). Run after adding a message;
# then translate what msgmerge marked new (the test i18n.translations_complete fails until then).
# usage: po/update-pot.sh [OUTPUT.pot]   (with OUTPUT: write there and touch nothing else)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/po/kansli.pot}"
cd "$here"
xgettext --from-code=UTF-8 --language=C++ --keyword=N_ --keyword=tr --keyword=tr_format --keyword=gettext_of \
  --add-comments=TRANSLATORS: --package-name=kansli \
  --sort-by-file --no-wrap -o "$out" \
  core/src/message_catalogue.cpp core/src/messages.cpp cli/*.cpp
if [ $# -eq 0 ]; then
  for po in po/*.po; do msgmerge --quiet --update --backup=none --no-wrap "$po" "$out"; done
fi
