// What every XML part of the package shares: the ODF version, the namespace declarations, and
// lists of attributes decided at run time.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xml_builder.hpp"

namespace kansli::odt {

// Every part and the manifest declare this version; validators reject a package whose parts
// disagree.
inline constexpr std::string_view kOdfVersion = "1.3";
inline constexpr std::string_view kMediaType = "application/vnd.oasis.opendocument.text";

// The namespaces the parts use.
namespace ns {
inline constexpr std::string_view office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr std::string_view style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr std::string_view text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr std::string_view table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr std::string_view draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
inline constexpr std::string_view fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
inline constexpr std::string_view xlink = "http://www.w3.org/1999/xlink";
inline constexpr std::string_view dc = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
inline constexpr std::string_view number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
inline constexpr std::string_view svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
inline constexpr std::string_view manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
}  // namespace ns

// The XML declaration, then `root` (office:document-content, office:document-styles) opened
// with every namespace the document parts use and the ODF version.
void open_document(plugin::XmlBuilder& xml, std::string_view root);

// Attributes decided at run time, in the order they are written: a style's properties. The
// names are string literals; the values are owned.
using AttributeList = std::vector<std::pair<std::string_view, std::string>>;
// `attributes` added to the element just opened.
void add_attributes(plugin::XmlBuilder& xml, const AttributeList& attributes);
// <name a="…" …/>
void empty_element(plugin::XmlBuilder& xml, std::string_view name, const AttributeList& attributes);

}  // namespace kansli::odt
