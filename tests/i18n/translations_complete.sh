#!/usr/bin/env bash
# Every message in the sources (po/update-pot.sh's extraction, made afresh) has a translation
# in each po/*.po that is neither missing, empty nor fuzzy; and each translation keeps its
# message's holes ({}, {m}, {q}) in order. A new message fails here until it is translated.
# usage: translations_complete.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src="$1" work="$2"
rm -rf "$work" && mkdir -p "$work"
"$src/po/update-pot.sh" "$work/kansli.pot"
status=0
for po in "$src"/po/*.po; do
  # msgmerge against the fresh template: what it would add is missing from the translation.
  msgmerge --quiet --no-wrap -o "$work/merged.po" "$po" "$work/kansli.pot"
  untranslated="$(msgattrib --untranslated --no-obsolete --no-wrap "$work/merged.po" | grep '^msgid "..*"' || true)"
  fuzzy="$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$work/merged.po" | grep '^msgid "..*"' || true)"
  [ -z "$untranslated" ] || { echo "$(basename "$po"): not translated (run po/update-pot.sh, then translate):"; echo "$untranslated"; status=1; }
  [ -z "$fuzzy" ] || { echo "$(basename "$po"): fuzzy (check and clear the mark):"; echo "$fuzzy"; status=1; }
  msgfmt --check -o /dev/null "$po" || status=1
  python3 - "$work/merged.po" <<'PY' || status=1
import re, sys
def entries(path):
    cur, mode = {"id": "", "str": ""}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#~"): continue
        for key in ("msgid", "msgstr"):
            if line.startswith(key + " "):
                if key == "msgid" and mode == "str": yield cur; cur = {"id": "", "str": ""}
                mode = "id" if key == "msgid" else "str"; cur[mode] = eval(line[len(key) + 1:])
        if line.startswith('"') and mode: cur[mode] += eval(line)
    yield cur
bad = 0
for e in entries(sys.argv[1]):
    holes = lambda s: re.findall(r"\{[mq]?\}", s)
    if e["id"] and e["str"] and holes(e["id"]) != holes(e["str"]):
        print("holes differ: %r -> %r" % (e["id"], e["str"])); bad = 1
sys.exit(bad)
PY
done
[ "$status" = 0 ] && echo "translations complete: $(ls "$src"/po/*.po | wc -l) language(s)"
exit "$status"
