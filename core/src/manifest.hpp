// manifest.json: what a template package declares about itself beyond its templates, theme
// and input description — the package it extends, the sibling packages whose partials it
// includes, and the rules `kansli lint` applies to its data. See docs/template-packages.md.
#pragma once

#include <filesystem>

#include "kansli/template_package.hpp"

namespace kansli {

// Reads `file` (absent: an empty manifest). Throws Error(Kind::Template) naming the file and
// the JSON path of an unknown key or a value of the wrong kind.
PackageManifest load_manifest(const std::filesystem::path& file, const std::string& package_name);

}  // namespace kansli
