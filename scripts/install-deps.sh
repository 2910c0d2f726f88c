#!/usr/bin/env bash
# Installs what Kansli needs to build and test on Debian 12: compilers, libraries, and the
# independent validators in ../shared/validate. Safe to run again: it installs only what is
# missing. Run as root, or as a user with sudo.
# usage: scripts/install-deps.sh [--no-validators]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
validators="${KANSLI_VALIDATORS_DIR:-$here/../shared/validate}"
with_validators=1
[ "${1:-}" = "--no-validators" ] && with_validators=0

packages=(
  build-essential cmake pkg-config
  libxml2-dev libzip-dev libicu-dev nlohmann-json3-dev libsimdjson-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libdeflate-dev pandoc python3
  # The PDF writer (plugins/pdf): Pango lays text out, Cairo draws and embeds the fonts, QPDF
  # completes the tagged file; the fonts are the metric-compatible stand-ins it substitutes
  # for Arial/Times New Roman, Calibri and Cambria (docs/pdf.md).
  libpango1.0-dev libcairo2-dev libqpdf-dev fontconfig
  fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea
  zip unzip
  python3
  poppler-utils  # pdftotext: the meeting packet's page numbers checked in LibreOffice's PDF
  clang libclang-rt-14-dev  # the fuzzers (fuzz/run): clang's libFuzzer and sanitizer runtimes
  doxygen  # the API reference from the public headers (target kansli-api-docs, test docs.api_reference)
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -qq
  sudo_if_needed apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: build packages all present"
fi

if [ "$with_validators" = 1 ]; then
  if [ -x "$validators/setup" ]; then
    sudo_if_needed "$validators/setup"
  else
    echo "install-deps: no validators at $validators (conformance tests will be skipped, or fail under CI)" >&2
  fi
  # The end-to-end browser test's npm packages (tests/e2e/package-lock.json): exact versions,
  # no install scripts; the browser is Debian's /usr/bin/chromium from the validators' setup.
  if command -v npm >/dev/null 2>&1; then
    e2e="$here/tests/e2e"
    stamp="$e2e/node_modules/.kansli-lock.sha256"
    want=$(sha256sum "$e2e/package-lock.json" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
      echo "install-deps: e2e node modules up to date"
    else
      (cd "$e2e" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
      echo "$want" >"$stamp"
    fi
  else
    echo "install-deps: npm not found (the e2e browser test will be skipped, or fail under CI)" >&2
  fi
fi
