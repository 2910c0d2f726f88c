#!/usr/bin/env bash
# Builds the API reference from the public headers as the kansli-api-docs target does (the same
# Doxyfile, written into WORK_DIR instead) and fails on any Doxygen warning: an undocumented
# public declaration, a comment that names a parameter or a symbol that does not exist.
# usage: api_reference.sh DOXYGEN DOXYFILE WORK_DIR
set -euo pipefail
doxygen=$1 doxyfile=$2 work=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
missing_hint="scripts/install-deps.sh installs doxygen"
source "$here/../support/missing.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }

[ -n "$doxygen" ] && [ -x "$doxygen" ] || missing "doxygen is not installed"
rm -rf "$work" && mkdir -p "$work"
# Later settings win: the same configuration, written elsewhere, warnings into a file.
set +e
{ cat "$doxyfile"; echo "OUTPUT_DIRECTORY = $work"; echo "WARN_LOGFILE = $work/warnings.log"; } |
  "$doxygen" - > "$work/doxygen.log" 2>&1
code=$?
set -e
if [ -s "$work/warnings.log" ]; then
  echo "Doxygen warnings:" >&2
  cat "$work/warnings.log" >&2
  fail "$(wc -l < "$work/warnings.log") Doxygen warning lines"
fi
[ "$code" = 0 ] || { cat "$work/doxygen.log" >&2; fail "doxygen exited with $code"; }

# A reference that is there: the main page, and the pages of the central types.
for page in index.html classkansli_1_1Writer.html structkansli_1_1Document.html classkansli_1_1Data.html \
            classkansli_1_1TemplatePackage.html; do
  [ -s "$work/html/$page" ] || fail "no $page in the API reference"
done
grep -q 'KANSLI_PLUGIN_ABI' "$work/html/plugin__abi_8hpp.html" || fail "the plugin ABI stamp is not documented"
echo "API reference: $(find "$work/html" -name '*.html' | wc -l) pages, no warnings"
