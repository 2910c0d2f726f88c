#!/usr/bin/env bash
# The README's second command, and exactly what CI runs: make sure the dependencies and the
# build are there, then run every test (unit, CLI, plugin SDK, conformance with the validators).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
cd "$here/build"
ctest --output-on-failure -j"$(nproc)"
