// The XMP metadata packet of the file (ISO 16684-1): title, language, authors, dates, and the
// PDF/UA identification (pdfuaid:part 1) that a PDF/UA file must carry.
#pragma once

#include <string>

#include "pdf_finish.hpp"

namespace kansli::pdf {

std::string xmp_packet(const DocumentInfo& info, const std::string& producer);

}  // namespace kansli::pdf
