// The package around the parts: [Content_Types].xml, the package relationships, the
// document properties (docProps/core.xml and app.xml), and the zip itself.
#pragma once

#include <string>
#include <vector>

#include "docx_parts.hpp"
#include "kansli/document.hpp"

namespace kansli::docx {

struct Part {
    std::string name;          // "word/document.xml"
    std::string content_type;  // empty for parts covered by a Default (.rels, media)
    std::string bytes;
};

namespace content_type {
inline constexpr const char* document =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr const char* styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr const char* numbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
inline constexpr const char* settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr const char* font_table =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr const char* footnotes = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
inline constexpr const char* header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr const char* core = "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr const char* app = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
}  // namespace content_type

// Title, creator (the first author, else the organisation), subject (the document kind),
// language, and the document's own date as created and modified, never the clock. A document
// without a title gets the theme's word for one (Labels::untitled).
std::string core_properties_xml(const Metadata& meta, const Labels& labels);
std::string app_properties_xml(const Metadata& meta);

// The zip: [Content_Types].xml, _rels/.rels, docProps, then `parts` in the order given and the
// images (stored, as they are compressed already). Same parts, same bytes.
std::string assemble_package(std::vector<Part> parts, const MediaStore& media);

}  // namespace kansli::docx
