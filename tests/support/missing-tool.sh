# Sourced by the shell tests: `missing "what is missing"` ends the test as skipped (exit 77,
# SKIP_RETURN_CODE in CTest), unless CI=true: then a missing tool is a failure, so a skipped
# check can never pass for a real one (the shell side of KANSLI_REQUIRE_TOOL).
missing() {
    if [ "${CI:-}" = "true" ]; then
        echo "FAIL: $1 (under CI a missing tool is a failure; run scripts/install-deps.sh)" >&2
        exit 1
    fi
    echo "SKIPPED: $1" >&2
    exit 77
}
