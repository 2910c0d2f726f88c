#!/usr/bin/env bash
# Configures and builds Kansli in build/ (warnings are errors).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKANSLI_WERROR=ON >/dev/null
cmake --build "$here/build" -j"$(nproc)"
