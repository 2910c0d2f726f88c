// Which link targets a published document may carry, in one place for every format.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kansli {

// The target as writers should use it, or nullopt when the link should keep only its text.
// Links come from data that people type: a "javascript:" or "file:" target, or a relative path
// that means nothing in a mailed or archived file, helps no one. Kept: http, https, mailto,
// tel, and "#id" within the document. Characters URLs may not contain (spaces, quotes, angle
// brackets, a "%" that starts no escape) are percent-encoded, as a browser would; non-ASCII
// stays (an IRI, which every format accepts).
std::optional<std::string> publishable_href(std::string_view href);

}  // namespace kansli
