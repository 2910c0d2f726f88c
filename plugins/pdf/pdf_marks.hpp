// Cairo 1.16 writes one marked-content sequence per structure tag, "/Span << /MCID n >> BDC",
// and can write neither artifacts nor the real structure types. This rewrites a page's content
// so each sequence says what it is: structure content ("/P <</MCID 3>> BDC", numbered again
// without the artifacts) or an artifact of the page furniture or the layout.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pdf_draw.hpp"
#include "pdf_structure.hpp"

namespace kansli::pdf {

// A bug of the writer's, or a Cairo that writes otherwise than 1.16: Error(Kind::Plugin) saying so.
[[noreturn]] void internal_error(const std::string& what);

// The page's content with its sequences, in drawing order, rewritten. Throws Error(Kind::Plugin)
// when the content does not hold exactly those sequences, in that order.
std::string rewrite_marks(std::string_view content, const std::vector<MarkedSequence>& sequences,
                          const StructureTree& tree);

}  // namespace kansli::pdf
