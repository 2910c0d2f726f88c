// Images embedded in a text format (HTML, Markdown) as data: URIs, so the page makes no request when it is opened
// and can be mailed or archived as one file.
#pragma once

#include <string>

#include "kansli/document.hpp"

namespace kansli::plugin {

// "data:image/png;base64,…" for the image's bytes. The result contains only characters that
// need no escaping in an attribute value (the media type is checked for that).
std::string data_uri(const Image& image);

}  // namespace kansli::plugin
