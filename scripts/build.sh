#!/usr/bin/env bash
# Configures and builds Kansli in build/ (warnings are errors).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# --no-tests: the command and library alone (the quick start, without the test toolchains).
tests=ON
[ "${1:-}" = "--no-tests" ] && tests=OFF
cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKANSLI_WERROR=ON \
  -DKANSLI_BUILD_TESTS=$tests -DKANSLI_BUILD_BENCH=$tests >/dev/null
cmake --build "$here/build" -j"$(nproc)"
