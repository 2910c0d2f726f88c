#!/usr/bin/env bash
# The bash completion offers, for every command `kansli --help` lists, exactly the options
# `kansli COMMAND --help` lists, and completes their values: package names, formats, report
# formats, folders; `--opt=value` too.
# usage: completion_test.sh KANSLI COMPLETION_SCRIPT
set -uo pipefail
kansli=$1 script=$2
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

[ -s "$script" ] || { echo "FAIL: no completion script at $script" >&2; exit 1; }
# shellcheck source=/dev/null
source "$script"
complete -p kansli >/dev/null 2>&1 || fail "the script registers no completion for kansli"

# What bash offers when the line is "$@" and the cursor is at the end of the last word.
offered() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _kansli
    printf '%s\n' "${COMPREPLY[@]}" | sort -u | sed '/^$/d'
}
same() {  # same WHAT EXPECTED ACTUAL
    [ "$2" = "$3" ] || fail "$1: expected [$(echo $2)], completion offers [$(echo $3)]"
}

commands=$("$kansli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]\+\) .*/\1/p' | sort)
[ "$(wc -l <<<"$commands")" -ge 10 ] || fail "kansli --help lists too few commands: $commands"
same "kansli <TAB>" "$(printf '%s\n' $commands --help --version | sort)" "$(offered "$kansli" "")"

for command in $commands; do
    options=$("$kansli" "$command" --help | grep -oE '^  (-[a-zA-Z], |    )--[a-z-]+' | grep -oE -- '-{1,2}[a-zA-Z-]+' | sort)
    [ -n "$options" ] || fail "kansli $command --help lists no options"
    same "kansli $command -<TAB>" "$options" "$(offered "$kansli" "$command" -)"
done

packages=$("$kansli" templates 2>/dev/null | awk '/^[^ ]/ {print $1}' | sort)
grep -qx 'katrineholm/kallelse' <<<"$packages" || fail "kansli templates lists no katrineholm/kallelse"
katrineholm=$(grep '^katrineholm/' <<<"$packages")
same "kansli render --template katrineholm/<TAB>" "$katrineholm" "$(offered "$kansli" render --template katrineholm/)"
same "kansli check -t katrineholm/<TAB>" "$katrineholm" "$(offered "$kansli" check -t katrineholm/)"
same "kansli render --template=katrineholm/<TAB>" "$katrineholm" "$(offered "$kansli" render --template = katrineholm/)"
same "kansli fields katrineholm/<TAB>" "$katrineholm" "$(offered "$kansli" fields katrineholm/)"
same "kansli check --format <TAB>" "$(printf '%s\n' json text)" "$(offered "$kansli" check --format "")"
formats=$("$kansli" formats | awk '/^[^ ]/ {print $1}' | sort)
grep -qx html <<<"$formats" || fail "kansli formats lists no html"
same "kansli render -f <TAB>" "$formats" "$(offered "$kansli" render -f "")"
same "kansli templates --format <TAB> (an option templates does not take)" "" "$(offered "$kansli" templates --format "")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/ut" && touch "$work/utkast.json"
same "kansli render --out $work/u<TAB>" "$work/ut" "$(offered "$kansli" render --out "$work/u")"
same "kansli check $work/u<TAB>" "$(printf '%s\n' "$work/ut" "$work/utkast.json")" "$(offered "$kansli" check "$work/u")"

[ "$failures" = 0 ] && echo "bash completion: ok ($(wc -w <<<"$commands") commands)"
exit $((failures > 0))
