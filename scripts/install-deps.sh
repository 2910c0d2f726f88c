#!/usr/bin/env bash
# Installs what Kansli needs on Debian 12. Plain: what building and running the command need
# (the README's quick start). With --tests: also the test and fuzz toolchains, the Swedish
# locale the translation tests run in, and the independent validators in ../shared/validate
# (scripts/test.sh). Safe to run again: it installs only what is missing. Run as root, or as a
# user with sudo.
# usage: scripts/install-deps.sh [--tests [--no-validators]]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
validators="${KANSLI_VALIDATORS_DIR:-$here/../shared/validate}"
with_tests=0 with_validators=0
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=1 with_validators=1 ;;
    --no-validators) with_validators=0 ;;
    *) echo "usage: scripts/install-deps.sh [--tests [--no-validators]]" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake pkg-config
  libxml2-dev libicu-dev nlohmann-json3-dev libsimdjson-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libdeflate-dev
  gettext    # msgfmt: the message catalogues (po/); xgettext for po/update-pot.sh
  help2man   # the man pages, made from each command's --help (docs/cli.md)
  # The PDF writer (plugins/pdf): Pango lays text out, Cairo draws and embeds the fonts, QPDF
  # completes the tagged file; the fonts are the metric-compatible stand-ins it substitutes
  # for Arial/Times New Roman, Calibri and Cambria (docs/pdf.md).
  libpango1.0-dev libcairo2-dev libqpdf-dev fontconfig
  fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea
)
test_packages=(
  libgtest-dev libgmock-dev libbenchmark-dev
  libzip-dev  # the tests and benchmarks read DOCX and ODT back
  pandoc python3
  zip unzip
  poppler-utils  # pdftotext: the meeting packet's page numbers checked in LibreOffice's PDF
  clang libclang-rt-14-dev  # the fuzzers (fuzz/run): clang's libFuzzer and sanitizer runtimes
  doxygen  # the API reference from the public headers (target kansli-api-docs, test docs.api_reference)
  python3-jsonschema  # kansli schema's output checked against each package's example
  locales  # sv_SE.UTF-8, made below: the bad-input catalogue is run in Swedish too
  man-db dpkg-dev  # the .deb test: cpack's dpkg-shlibdeps, and man kansli-render (sdk.debian_package)
)
[ "$with_tests" = 1 ] && packages+=("${test_packages[@]}")

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

if [ "$with_tests" = 1 ] && ! locale -a 2>/dev/null | grep -qix 'sv_SE.utf8'; then
  echo "install-deps: making the sv_SE.UTF-8 locale"
  sudo_if_needed sed -i 's/^# *\(sv_SE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^sv_SE.UTF-8 UTF-8' /etc/locale.gen || echo 'sv_SE.UTF-8 UTF-8' | sudo_if_needed tee -a /etc/locale.gen >/dev/null
  sudo_if_needed locale-gen >/dev/null
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
