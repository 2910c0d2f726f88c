#!/usr/bin/env bash
# Installs Kansli into a scratch prefix, builds a plugin and an embedding program against the
# installed CMake package (and checks the pkg-config file), then uses both through the
# installed kansli command.
# Then builds the plugin against headers that differ from the installed library's, as a newer or
# older Kansli would install them, and checks that the loader tells them apart by their stamp.
# usage: out_of_tree_plugin.sh BUILD_DIR WORK_DIR PLUGIN_SOURCE_DIR KANSLI_SOURCE_DIR
set -euo pipefail
build=$1 work=$2 src=$3 kansli_src=$4
rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
cmake -S "$src" -B "$work/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release > "$work/configure.log"
cmake --build "$work/build" -j2 > "$work/build.log"

# pkg-config finds the headers and the library.
pc=$(find "$prefix" -name kansli.pc | head -n 1)
[ -n "$pc" ] || fail "no kansli.pc installed"
flags=$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --cflags --libs kansli)
case "$flags" in *-lkansli*) ;; *) fail "pkg-config gives no -lkansli: $flags" ;; esac
[ -f "$prefix/include/kansli/kansli.hpp" ] || fail "public headers not installed"

kansli="$prefix/bin/kansli"
formats=$("$kansli" formats --plugins "$work/build/plugins")
echo "$formats"
grep -q '^plaintext  \.txt  text/plain' <<<"$formats" || fail "the out-of-tree plugin is not listed"
grep -q '^html  \.html' <<<"$formats" || fail "the installed html plugin is not listed"
grep -q "$prefix" <<<"$formats" || fail "the html plugin was not loaded from the install prefix"

"$kansli" templates | grep -q '^katrineholm/kallelse' || fail "installed templates are not found"
"$kansli" render --example --template katrineholm/kallelse --format plaintext --plugins "$work/build/plugins" --out "$work/out"
[ -s "$work/out/example.txt" ] || fail "the plugin wrote nothing"
head -n 1 "$work/out/example.txt" | grep -q . || fail "the plugin's output has no title"

# A package that extends another finds its parent among the installed packages.
"$kansli" render --example --template botkyrka/tjansteskrivelse-2020 --format html --out "$work/out" ||
    fail "the installed botkyrka/tjansteskrivelse-2020 (extends botkyrka/tjansteskrivelse) does not render"

# The document XML schema where docs/document-xml.md says it is, for editors: it validates what
# kansli xml prints.
schema="$prefix/share/kansli/schema/kansli-document.rng"
[ -f "$schema" ] || fail "the document XML schema is not installed as $schema"
"$kansli" xml --example --template katrineholm/kallelse > "$work/out/kallelse.xml"
if command -v xmllint >/dev/null; then
    xmllint --noout --relaxng "$schema" "$work/out/kallelse.xml" || fail "the installed schema rejects kansli xml's output"
else
    grep -q '<grammar' "$schema" || fail "$schema is not a RelaxNG grammar"
fi

"$work/build/embed" katrineholm/kallelse html "$work/out/embedded.html" || fail "the embedding program failed"
grep -q '<html lang="sv"' "$work/out/embedded.html" || fail "the embedding program wrote no HTML"
# The installed tree is relocatable: moved elsewhere, pkg-config points into the new place
# (kansli.pc's prefix is ${pcfiledir}-relative) and the command finds its library, templates
# and Swedish messages there.
moved="$work/moved-prefix"
rm -rf "$moved" && cp -a "$prefix" "$moved"
moved_pc=$(find "$moved" -name kansli.pc | head -n 1)
moved_flags=$(PKG_CONFIG_PATH=$(dirname "$moved_pc") pkg-config --cflags --libs kansli)
for flag in $moved_flags; do
  case "$flag" in
    -I*|-L*) dir=$(realpath -m "${flag:2}"); case "$dir" in "$moved"/*) ;; *) fail "pkg-config points outside the moved prefix: $flag" ;; esac ;;
  esac
done
"$moved/bin/kansli" templates | grep -q '^katrineholm/kallelse' || fail "the moved prefix's templates are not found"
if locale -a 2>/dev/null | grep -qix 'sv_SE.utf8'; then
  swedish=$(env -u LC_ALL -u LANGUAGE LANG=sv_SE.UTF-8 "$moved/bin/kansli" render saknas.json --template katrineholm/kallelse 2>&1 || true)
  grep -q '^kansli: fel: saknas.json: kan inte läsa datafilen' <<<"$swedish" || fail "no Swedish from the moved prefix: $swedish"
fi
echo "out-of-tree plugin and embedding: ok"

# The stamp the installed headers carry, and what the library says of itself.
stamp_of() { sed -n 's/^#define KANSLI_PLUGIN_ABI 0x\([0-9a-f]\{16\}\)ULL$/\1/p' "$1/include/kansli/plugin_abi.hpp"; }
stamp=$(stamp_of "$prefix")
[ -n "$stamp" ] || fail "the installed kansli/plugin_abi.hpp holds no stamp"
"$kansli" --version | grep -qx "kansli [0-9.]* (libkansli\.so\.[0-9]*, plugin ABI $stamp)" ||
  fail "kansli --version does not give the library's soname and stamp: $("$kansli" --version)"
version=$("$kansli" --version | cut -d' ' -f2)

# A Kansli whose public headers differ from the installed library's: the installed tree with the
# headers edited by $2 (a sed script on the source headers) and the stamp the build makes of them,
# then the plugin and library_info built against it.
other_headers() {
  local name=$1 edit=$2 dir="$work/$1"
  mkdir -p "$dir"
  cp -a "$prefix" "$dir/prefix"
  cp -r "$kansli_src/core/include/kansli" "$dir/headers"
  sed -i "$edit" "$dir/headers/theme.hpp"
  cmp -s "$dir/headers/theme.hpp" "$kansli_src/core/include/kansli/theme.hpp" && fail "$name: the edit changed nothing"
  cp "$dir/headers/"*.hpp "$dir/prefix/include/kansli/"
  cmake -DHEADER_DIR="$dir/headers" -DOUTPUT="$dir/prefix/include/kansli/plugin_abi.hpp" \
        -P "$kansli_src/cmake/plugin-abi.cmake"
  # The headers' version, unlike the library's, is what the program was compiled with.
  sed -i 's/^#define KANSLI_VERSION_STRING .*/#define KANSLI_VERSION_STRING "9.9.9-headers"/' \
      "$dir/prefix/include/kansli/version.hpp"
  cmake -S "$src" -B "$dir/build" -DCMAKE_PREFIX_PATH="$dir/prefix" -DCMAKE_BUILD_TYPE=Release > "$dir/configure.log"
  cmake --build "$dir/build" -j2 --target kansli-plaintext library_info > "$dir/build.log"
}

# A comment and spacing changed: the same declarations, the same stamp; the plugin loads.
other_headers comment 's|^struct Theme {$|// A comment a later Kansli added.\nstruct  Theme  {|'
[ "$(stamp_of "$work/comment/prefix")" = "$stamp" ] || fail "a comment changed the stamp"
"$kansli" formats --plugins "$work/comment/build/plugins" | grep -q '^plaintext ' ||
  fail "a plugin built against headers that differ only in a comment was refused"

# A member added to Theme: another layout, another stamp, with no number bumped by anyone.
other_headers layout 's|^struct Theme {$|struct Theme {\n    int added_by_a_later_kansli = 0;|'
changed=$(stamp_of "$work/layout/prefix")
[ -n "$changed" ] && [ "$changed" != "$stamp" ] || fail "a changed Theme kept the stamp $stamp"
set +e
refused=$("$kansli" formats --plugins "$work/layout/build/plugins" 2>&1)
code=$?
set -e
[ "$code" = 4 ] || fail "a plugin built against a changed Theme was not refused (exit $code): $refused"
grep -q "kansli-plaintext.so: .*built against other Kansli headers (plugin ABI $changed; libkansli.so.[0-9]* $version has $stamp): rebuild it" <<<"$refused" ||
  fail "the refusal does not name the plugin and both stamps: $refused"

# version(), soname() and plugin_abi() answer for the loaded library, not for the headers.
info=$("$work/layout/build/library_info")
grep -qx "library $version libkansli\.so\.[0-9]* $stamp" <<<"$info" || fail "library_info: $info"
grep -qx "headers 9.9.9-headers $changed" <<<"$info" || fail "library_info: $info"

echo "plugin ABI stamp: ok"

# The public headers borrow no third party's types, and the CMake package and pkg-config file
# need none: a program builds against Kansli alone.
if grep -rl 'nlohmann' "$prefix/include/kansli" "$prefix/lib/cmake/kansli" "$pc"; then
  fail "the installed headers or package files name nlohmann"
fi
echo "public API without borrowed types: ok"
