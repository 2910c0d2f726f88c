#!/usr/bin/env bash
# The Debian package as a user meets it, without root and without a container: cpack -G DEB
# builds the .deb, dpkg-deb -x unpacks it into a fresh folder, and from there pkg-config points
# into that folder, the man pages render, the command runs (its RPATH finds the library; no
# LD_LIBRARY_PATH), finds its templates, plugins and Swedish messages, renders a bundled example,
# and the embedding example builds against the package and runs (LD_LIBRARY_PATH, as
# docs/installing.md says for an unpacked tree). The control file names the libraries' packages.
# usage: debian_package.sh BUILD_DIR WORK_DIR KANSLI_SOURCE_DIR
set -euo pipefail
build=$1 work=$2 src=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
# Nothing from the build tree or the environment may help the unpacked command find its parts.
unset KANSLI_TEMPLATE_PATH KANSLI_PLUGIN_PATH LD_LIBRARY_PATH PKG_CONFIG_PATH

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/cpack" > "$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/cpack/kansli_*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "cpack wrote no single kansli_*.deb: ${debs[*]}"
deb=${debs[0]}

# The control file: the package's own version, and the Debian packages of what it links.
version=$(dpkg-deb -f "$deb" Version)
grep -q "project(kansli VERSION $version " "$src/CMakeLists.txt" || fail "the .deb's version $version is not the project's"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libc6 libstdc++6 libxml2 libicu libsimdjson libcmark-gfm0 libcmark-gfm-extensions libdeflate0 \
               libpango-1.0-0 libcairo2 libqpdf libfontconfig1 fonts-liberation2 fonts-crosextra-carlito \
               fonts-crosextra-caladea; do
  grep -q "\(^\|, \)$package" <<<"$depends" || fail "Depends does not name $package: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
prefix="$root/usr"
kansli="$prefix/bin/kansli"
[ -x "$kansli" ] || fail "the .deb holds no usr/bin/kansli"
cmp -s "$prefix/share/doc/kansli/LICENSE" "$src/LICENSE" || fail "the .deb's LICENSE is not the sources'"

# pkg-config, from the unpacked .pc alone, points into the unpacked tree.
flags=$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs kansli)
case "$flags" in *-lkansli*) ;; *) fail "pkg-config gives no -lkansli: $flags" ;; esac
for flag in $flags; do
  case "$flag" in
    -I*|-L*) dir=$(realpath -m "${flag:2}"); case "$dir" in "$prefix"/*) ;; *) fail "pkg-config points outside the unpacked tree: $flag" ;; esac ;;
  esac
done

# The command runs from the unpacked tree with no help: its RPATH is relative ($ORIGIN/../lib).
readelf -d "$kansli" | grep -q 'R.*PATH.*\$ORIGIN/\.\./lib' || fail "kansli has no \$ORIGIN RPATH: $(readelf -d "$kansli" | grep PATH)"
if readelf -d "$kansli" "$prefix"/lib/libkansli.so.* "$prefix"/lib/kansli/plugins/*.so | grep PATH | grep -q "$build"; then
  fail "an RPATH in the package points into the build folder"
fi
"$kansli" --version | grep -qx "kansli $version (libkansli\.so\.[0-9]*, plugin ABI [0-9a-f]\{16\})" ||
  fail "kansli --version: $("$kansli" --version 2>&1)"
ldd "$kansli" | grep 'libkansli' | grep -q "$root" || fail "kansli loads another libkansli: $(ldd "$kansli" | grep libkansli)"
"$kansli" templates | grep -A2 '^katrineholm/kallelse' | grep -q "$prefix/share/kansli/templates" ||
  fail "the templates are not found in the unpacked tree: $("$kansli" templates 2>&1 | head -3)"
"$kansli" formats | grep -q "$prefix/lib/kansli/plugins/kansli-pdf.so" || fail "the plugins are not loaded from the unpacked tree"
(cd "$work" && "$kansli" render --example --template katrineholm/kallelse --format html,pdf,docx --out out -q) ||
  fail "the unpacked command does not render the bundled example"
for f in example.html example.pdf example.docx; do [ -s "$work/out/$f" ] || fail "no $f rendered"; done
if locale -a 2>/dev/null | grep -qix 'sv_SE.utf8'; then
  swedish=$(env -u LC_ALL -u LANGUAGE LANG=sv_SE.UTF-8 "$kansli" render saknas.json --template katrineholm/kallelse 2>&1 || true)
  grep -q '^kansli: fel: saknas.json: kan inte läsa datafilen' <<<"$swedish" || fail "no Swedish messages from the .deb: $swedish"
fi

# A man page for the command and for each command its --help lists, and they render.
pages="$prefix/share/man/man1"
for command in $(LC_ALL=C.UTF-8 "$kansli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]\+\) .*/\1/p'); do
  [ -f "$pages/kansli-$command.1" ] || fail "no man page kansli-$command.1"
done
rendered=$(MANWIDTH=100 man -l "$pages/kansli-render.1" 2>&1) || fail "man -l kansli-render.1: $rendered"
grep -q '^NAME' <<<"$rendered" && grep -q 'kansli-render - render data files into documents' <<<"$rendered" &&
  grep -q -- '--keep-going' <<<"$rendered" && grep -q '^SYNOPSIS' <<<"$rendered" ||
  fail "kansli-render(1) lacks its name, synopsis or options: $rendered"
MANWIDTH=100 man -l "$pages/kansli.1" 2>&1 | grep -q 'tjänsteskrivelse' || fail "kansli(1) lost its Swedish letters"

# The bash completion loads and completes the commands.
completion="$prefix/share/bash-completion/completions/kansli"
bash -c "source '$completion' && COMP_WORDS=(kansli ren) COMP_CWORD=1 && _kansli && [ \"\${COMPREPLY[*]}\" = render ]" ||
  fail "the installed bash completion does not complete 'kansli ren'"

# The embedding example builds with the unpacked .pc and runs with LD_LIBRARY_PATH.
c++ -std=c++20 "$src/tests/sdk/plugin/embed.cpp" -o "$work/embed" \
  $(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs kansli) > "$work/embed-build.log" 2>&1 ||
  { cat "$work/embed-build.log" >&2; fail "the embedding example does not build against the .deb"; }
LD_LIBRARY_PATH="$prefix/lib" "$work/embed" katrineholm/kallelse html "$work/out/embedded.html" ||
  fail "the embedding example does not run against the .deb"
grep -q '<html lang="sv"' "$work/out/embedded.html" || fail "the embedding example wrote no HTML"

echo "debian package $(basename "$deb"): ok"
