/// \file
/// Kansli: Swedish municipal documents from data and templates, in DOCX, ODT, HTML and Markdown.
/// This header is all an embedding program needs; the main page shows the lines that use it.
#pragma once

#include "kansli/data.hpp"
#include "kansli/document.hpp"
#include "kansli/document_xml.hpp"
#include "kansli/error.hpp"
#include "kansli/limits.hpp"
#include "kansli/lint.hpp"
#include "kansli/locale.hpp"
#include "kansli/messages.hpp"
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

/// Where template packages are looked for when the caller says nothing: the folders in the
/// environment variable `KANSLI_TEMPLATE_PATH` (colon-separated), then the installed templates
/// (`share/kansli/templates`, found relative to the loaded library).
std::vector<std::filesystem::path> default_template_dirs();
/// Where writer plugins are looked for when the caller says nothing: the folders in
/// `KANSLI_PLUGIN_PATH` (colon-separated), then the installed plugins (`lib/kansli/plugins`).
std::vector<std::filesystem::path> default_plugin_dirs();

}  // namespace kansli

#pragma GCC visibility pop
