#!/usr/bin/env bash
# The README's first command: install what building and running need (not the test
# toolchains: scripts/test.sh adds those), build the command, and render the bundled example
# (the Katrineholm kallelse) into every available format in out/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh" --no-tests
"$here/build/bin/kansli" render --example --template katrineholm/kallelse --out "$here/out"
echo "Open $here/out/example.html in a browser; 'build/bin/kansli --help' shows what else it does."
