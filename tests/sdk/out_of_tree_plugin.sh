#!/usr/bin/env bash
# Installs Kansli into a scratch prefix, builds a plugin and an embedding program against the
# installed CMake package (and checks the pkg-config file), then uses both through the
# installed kansli command.
# usage: out_of_tree_plugin.sh BUILD_DIR WORK_DIR PLUGIN_SOURCE_DIR
set -euo pipefail
build=$1 work=$2 src=$3
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
echo "out-of-tree plugin and embedding: ok"
