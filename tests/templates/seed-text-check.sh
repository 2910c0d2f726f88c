#!/usr/bin/env bash
# Renders one template package's example to HTML and checks its text against the passage of
# the real document it was transcribed from (seed_text_check.py; seed-passages.txt names it).
# usage: seed-text-check.sh KANSLI PACKAGE SEEDS_DIR OUT_DIR
# Exit 77 (skipped) when the seeds are missing, unless CI=true: then that fails.
set -uo pipefail
kansli=$1 package=$2 seeds=$3 outroot=$4
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$outroot/${package//\//-}"
rm -rf "$out" && mkdir -p "$out"

# shellcheck source=../support/missing.sh
. "$here/../support/missing.sh"

[ -d "$seeds" ] || missing "no seeds in $seeds"
command -v python3 >/dev/null || { echo "FAIL: python3 not found (scripts/install-deps.sh installs it)"; exit 1; }
"$kansli" render --example --template "$package" --format html --out "$out" >/dev/null ||
    { echo "FAIL: rendering failed"; exit 1; }
exec python3 "$here/seed_text_check.py" "$here/seed-passages.txt" "$package" "$out/example.html" "$seeds"
