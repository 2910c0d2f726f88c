// The package around the parts: meta.xml, META-INF/manifest.xml, and the zip itself with the
// mimetype first and stored, as ODF requires.
#pragma once

#include <string>

#include "kansli/document.hpp"
#include "odt_drawing.hpp"

namespace kansli::odt {

// meta.xml: title, language, creator and dates from the document, never from the clock; the
// organisation, body, kind and dnr as user-defined properties named by the theme's labels.
std::string meta_xml(const Metadata& meta, const Labels& labels);

// The package's bytes: mimetype, the three XML parts, the pictures, and a manifest listing
// them all.
std::string package(std::string content, std::string styles, std::string meta, const ImageStore& images);

}  // namespace kansli::odt
