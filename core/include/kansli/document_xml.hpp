/// \file
/// Reads Kansli document XML into the document model: parse with libxml2, validate against the
/// RelaxNG schema that ships in the core, then check what a grammar cannot say.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/labels.hpp"
#include "kansli/locale.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// Where a document XML text comes from, and what its reading needs to know.
struct XmlSource {
    /// A source named `source_name`, its figures read from `resources`, its numbers written
    /// in `number_style`, the words it does not give itself from `theme_labels`.
    XmlSource(std::string source_name, std::filesystem::path resources = {}, sv::NumberStyle number_style = {},
              Labels theme_labels = {})
        : name(std::move(source_name)),
          resource_dir(std::move(resources)),
          numbers(number_style),
          labels(std::move(theme_labels)) {}

    std::string name;                    ///< for messages: a file name or "template output"
    std::filesystem::path resource_dir;  ///< figures' `src` is resolved inside this folder only
    /// … or, when it is not there, inside these: the packages a package extends, nearest first
    std::vector<std::filesystem::path> inherited_resource_dirs;
    sv::NumberStyle numbers;  ///< how table cells with a value are written (the theme's)
    /// The words a document does not give itself: a contents title, the agenda's column headings
    /// (the theme's).
    Labels labels;
};

/// Reads document XML (docs/document-xml.md) into a Document: well-formed, valid against the
/// schema, and sound where a grammar cannot say (table grids, references, ids). Throws Error
/// (Error::Kind::Template) naming the source and line with a readable message.
Document read_document_xml(std::string_view xml, const XmlSource& source);

/// The RelaxNG schema of the document XML, as compiled into the library (and installed as
/// `share/kansli/schema/kansli-document.rng`).
std::string_view document_schema();

}  // namespace kansli

#pragma GCC visibility pop
