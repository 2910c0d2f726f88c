#!/usr/bin/env bash
# Does exactly what a tutorial page says: the fenced blocks after a marker comment are its
# files and commands, so the page and this test cannot drift apart.
#   <!-- tutorial: file PATH -->   the next block is written to PATH (relative to the folder the
#                                  commands have moved to)
#   <!-- tutorial: run -->         the next block runs in one shell session that lasts for the
#   <!-- tutorial: run exit=N -->  whole page (cd and export carry over); its last command must
#                                  exit 0 (or N)
#   <!-- tutorial: output -->      each line of the next block must be a line the run before printed
# The session starts in an empty home folder with only the kansli command's folder added to PATH.
# usage: tutorial.sh PAGE.md KANSLI_BIN_DIR WORK_DIR
set -euo pipefail
page=$1 bindir=$(cd "$2" && pwd) work=$3
rm -rf "$work" && mkdir -p "$work/home" "$work/out"
script="$work/tutorial-session.sh"
eof=__KANSLI_TUTORIAL_BLOCK__

marker='' block='' in_block=0 runs=0 files=0 outputs=0 line_no=0
{
    echo 'fail() { echo "FAIL: $*" >&2; exit 1; }'
    echo 'cd "$HOME"'
} >"$script"

flush() {  # the block just closed, with the marker before it
    case "$marker" in
        file\ *)
            local path=${marker#file }
            files=$((files + 1))
            printf 'mkdir -p "$(dirname %q)"\ncat >%q <<'"'"'%s'"'"'\n%s%s\n' "$path" "$path" "$eof" "$block" "$eof" >>"$script"
            ;;
        run*)
            local expect=0
            [[ "$marker" =~ exit=([0-9]+) ]] && expect=${BASH_REMATCH[1]}
            runs=$((runs + 1))
            printf 'echo "--- run %d (ending on page line %d)" >&2\n{\n%s} >%q 2>&1\nrc=$?\ncat %q >&2\n[ "$rc" = %d ] || fail "run %d (ending on page line %d) exited $rc, the page expects %d"\n' \
                "$runs" "$line_no" "$block" "$work/out/$runs" "$work/out/$runs" "$expect" "$runs" "$line_no" "$expect" >>"$script"
            ;;
        output)
            [ "$runs" -gt 0 ] || { echo "FAIL: an output block before any run block (line $line_no)"; exit 1; }
            outputs=$((outputs + 1))
            printf 'while IFS= read -r expected; do\n  [ -z "$expected" ] || grep -qxF -- "$expected" %q || fail "run %d did not print: $expected"\ndone <<'"'"'%s'"'"'\n%s%s\n' \
                "$work/out/$runs" "$runs" "$eof" "$block" "$eof" >>"$script"
            ;;
    esac
}

while IFS= read -r line || [ -n "$line" ]; do
    line_no=$((line_no + 1))
    if [ "$in_block" = 1 ]; then
        if [[ "$line" == '```'* ]]; then
            flush
            in_block=0 marker='' block=''
        else
            block+="$line"$'\n'
        fi
    elif [[ "$line" =~ ^\<!--\ tutorial:\ (.*)\ --\>$ ]]; then
        [ -z "$marker" ] || { echo "FAIL: line $line_no: a marker follows a marker with no block between"; exit 1; }
        marker=${BASH_REMATCH[1]}
        case "$marker" in file\ ?* | run | run\ exit=[0-9]* | output) ;; *)
            echo "FAIL: line $line_no: unknown tutorial marker '$marker'"; exit 1 ;;
        esac
    elif [[ "$line" == '```'* && -n "$marker" ]]; then
        in_block=1 block=''
    elif [ -n "$marker" ] && [ -n "$line" ]; then
        echo "FAIL: line $line_no: text between the marker '$marker' and its block"; exit 1
    fi
done <"$page"
[ "$in_block" = 0 ] || { echo "FAIL: $page ends inside a fenced block"; exit 1; }
[ "$runs" -ge 3 ] && [ "$files" -ge 4 ] && [ "$outputs" -ge 1 ] ||
    { echo "FAIL: only $runs run, $files file and $outputs output blocks found in $page: are the markers right?"; exit 1; }

echo "tutorial: $files files, $runs runs, $outputs outputs from $page"
# A clean environment, as a new user has, but the sanitizers' settings kept: under the asan
# preset they carry the suppressions for third-party leaks (tests/lsan.supp).
sanitizers=()
for name in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
    [ -n "${!name:-}" ] && sanitizers+=("$name=${!name}")
done
env -i HOME="$work/home" PATH="$bindir:/usr/bin:/bin" LANG=C.UTF-8 "${sanitizers[@]}" bash "$script"
echo "PASS"
