// Kansli: Swedish municipal documents from data and templates, in DOCX, ODT and HTML.
// This header is all an embedding program needs; README.md shows the ten lines that use it.
#pragma once

#include "kansli/data.hpp"
#include "kansli/document.hpp"
#include "kansli/document_xml.hpp"
#include "kansli/error.hpp"
#include "kansli/limits.hpp"
#include "kansli/lint.hpp"
#include "kansli/locale.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/render.hpp"
#include "kansli/table_grid.hpp"
#include "kansli/template_package.hpp"
#include "kansli/theme.hpp"
#include "kansli/version.hpp"
#include "kansli/writer.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

// Where templates and plugins are looked for when the caller says nothing: the environment
// (KANSLI_TEMPLATE_PATH, KANSLI_PLUGIN_PATH: colon-separated), then the installed data.
std::vector<std::filesystem::path> default_template_dirs();
std::vector<std::filesystem::path> default_plugin_dirs();

}  // namespace kansli

#pragma GCC visibility pop
