# Sourced by the test scripts: `missing WHAT` reports a missing input (with $missing_hint, if the
# script sets one, saying how to get it). Outside CI that is exit 77 (CTest: skipped); with
# CI=true it fails, so a skipped check can never pass for a real one.
missing() {
    if [ "${CI:-}" = "true" ]; then
        echo "FAIL: $1 (under CI a missing input is a failure${missing_hint:+; $missing_hint})" >&2
        exit 1
    fi
    echo "SKIPPED: $1" >&2
    exit 77
}
