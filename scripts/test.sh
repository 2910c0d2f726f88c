#!/usr/bin/env bash
# The README's second command, and exactly what CI runs: make sure the dependencies and the
# build are there, then run every test (unit, CLI, plugin SDK, conformance with the validators,
# the bad-input catalogue); then the whole suite again built with AddressSanitizer and
# UndefinedBehaviorSanitizer (the asan preset, build-asan/), and each fuzzer briefly (fuzz/run,
# build-fuzz/). KANSLI_FUZZ_SECONDS sets the time per fuzzer (default 30; 0 skips fuzzing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"
step() { echo "test.sh: $1 ($(( SECONDS - started ))s so far)"; }
started=$SECONDS

"$here/scripts/install-deps.sh" --tests
"$here/scripts/build.sh"
(cd "$here/build" && ctest --output-on-failure -j"$jobs")

step "sanitizers: building the asan preset"
cd "$here"
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs"
step "sanitizers: the whole suite under ASan + UBSan"
ctest --preset asan -j"$jobs"

fuzz_seconds="${KANSLI_FUZZ_SECONDS:-30}"
if [ "$fuzz_seconds" != 0 ]; then
  step "fuzzing: each target for ${fuzz_seconds}s"
  "$here/fuzz/run" "$fuzz_seconds"
fi
step "done"
