#!/usr/bin/env bash
# Runs one case of the bad-input catalogue (see README.md here).
# usage: run-case.sh KANSLI CASE_DIR BASE_PACKAGE WORK_DIR [UNTRANSLATED]
# With UNTRANSLATED (tests/i18n/untranslated.cpp), a refusal is also made in Swedish.
set -uo pipefail
kansli="$1" case_dir="$2" base_package="$3" work="$4" untranslated="${5:-}"
name="$(basename "$case_dir")"
fail() { echo "bad-input $name: FAIL: $*" >&2; [ -n "${output:-}" ] && printf '%s\n' "--- kansli said:" "$output" >&2; exit 1; }

expect="$case_dir/expect"
[ -f "$expect" ] || fail "no expect file"
# The expectation: key=value lines; message, output-has and output-lacks may repeat.
exit_expected="" args="render data.json --template testkommun/memo --templates packages --format html,docx,odt --out out"
messages=() has=() lacks=() env_vars=()
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    ''|'#'*) ;;
    exit=*) exit_expected="${line#exit=}" ;;
    args=*) args="${line#args=}" ;;
    message=*) messages+=("${line#message=}") ;;
    env=*) env_vars+=("${line#env=}") ;;
    output-has=*) has+=("${line#output-has=}") ;;
    output-lacks=*) lacks+=("${line#output-lacks=}") ;;
    *) fail "unknown expectation line: $line" ;;
  esac
done <"$expect"
[ -n "$exit_expected" ] || fail "the expect file names no exit code"

# A fresh work folder: the base package with the case's package files laid over it, the
# case's data files, and an output folder holding an older file the run must not touch.
rm -rf "$work" && mkdir -p "$work/packages/testkommun" "$work/out" || fail "cannot make $work"
cp -R "$base_package" "$work/packages/testkommun/memo"
[ -d "$case_dir/package" ] && cp -R --no-dereference "$case_dir/package/." "$work/packages/testkommun/memo/"
for f in "$case_dir"/*; do
  case "$(basename "$f")" in expect|package) ;; *) cp -R --no-dereference "$f" "$work/" ;; esac
done
echo "old" >"$work/out/previous.html"
# prepare (optional) gets the case folder; what it puts in out/ must come through untouched.
[ -x "$work/prepare" ] && { (cd "$work" && ./prepare "$case_dir") || fail "prepare failed"; }
# One line per entry of out/: a file's checksum and name, else "entry" and the name.
snapshot() {
  (cd "$work/out" && find . -mindepth 1 -print0 | sort -z | while IFS= read -r -d '' f; do
    if [ -f "$f" ] && [ ! -L "$f" ]; then echo "$(sha256sum <"$f" | cut -d' ' -f1) $f"; else echo "entry $f"; fi
  done)
}
existing="$(snapshot)"

cd "$work"
# shellcheck disable=SC2086  # args is a word list by design
output="$(env "${env_vars[@]}" "$kansli" $args 2>&1)"
code=$?
[ "$code" = "$exit_expected" ] || fail "exit code $code, expected $exit_expected"
for m in "${messages[@]}"; do
  grep -qF -- "$m" <<<"$output" || fail "the message does not contain: $m"
done
if [ "$exit_expected" != 0 ]; then
  [ "$(grep -c '^kansli: error: ' <<<"$output")" = 1 ] || fail "expected one line starting 'kansli: error: '"
  [ "$(snapshot)" = "$existing" ] || fail "files written or changed in out/ despite the error: $(diff <(echo "$existing") <(snapshot))"
fi
[ "$(cat out/previous.html)" = old ] || fail "an existing file in the output folder was changed"
while read -r sum file; do
  [ -z "$file" ] || [ "$sum" = entry ] || [ "$(sha256sum <"out/$file" | cut -d' ' -f1)" = "$sum" ] \
    || fail "$file in out/ was changed"
done <<<"$existing"
ls -A out | grep -q 'kansli-tmp\|kansli-publish\|\.tmp$' && fail "a temporary file was left in the output folder"
for pair in "${has[@]}"; do
  file="${pair%%:*}" text="${pair#*:}"
  [ -f "out/$file" ] || fail "no output file $file"
  content="$(case "$file" in *.docx|*.odt) unzip -p "out/$file" ;; *) cat "out/$file" ;; esac)"
  grep -qF -- "$text" <<<"$content" || fail "$file does not contain: $text"
done
for pair in "${lacks[@]}"; do
  file="${pair%%:*}" text="${pair#*:}"
  content="$(case "$file" in *.docx|*.odt) unzip -p "out/$file" ;; *) cat "out/$file" ;; esac)"
  grep -qF -- "$text" <<<"$content" && fail "$file contains what it must not: $text"
done
# The same refusal in Swedish (LANG=sv_SE.UTF-8): the same exit code, one "kansli: fel:" line,
# nothing written, and every part of the message covered by the Swedish catalogue.
if [ -n "$untranslated" ] && [ "$exit_expected" != 0 ]; then
  locale -a 2>/dev/null | grep -qix 'sv_SE.utf8' || fail "no sv_SE.UTF-8 locale (scripts/install-deps.sh makes it)"
  english="$output"
  # shellcheck disable=SC2086  # args is a word list by design
  output="$(env -u LC_ALL -u LANGUAGE -u LC_MESSAGES "${env_vars[@]}" LANG=sv_SE.UTF-8 "$kansli" $args 2>&1)"
  code=$?
  [ "$code" = "$exit_expected" ] || fail "in Swedish: exit code $code, expected $exit_expected"
  [ "$(grep -c '^kansli: fel: ' <<<"$output")" = 1 ] || fail "in Swedish: expected one line starting 'kansli: fel: '"
  [ "$(snapshot)" = "$existing" ] || fail "in Swedish: files written or changed in out/"
  missing="$(LANG=sv_SE.UTF-8 "$untranslated" <<<"$english" 2>&1)" || fail "in Swedish: $missing"
fi
echo "bad-input $name: ok"
