// Pictures in WordprocessingML: their size on the page and the inline drawing that shows them.
// Figures and the header's logo go through the same two functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kansli/document.hpp"

namespace kansli::docx {

struct Extent {
    long cx = 0;  // EMU
    long cy = 0;
};

// The printed size: the image's pixels at its own resolution (pixels / dpi inches), or
// `width_mm` when given; the aspect ratio is kept, and the result is never wider than
// `max_width_emu` (the text column).
Extent image_extent(const Image& image, std::optional<double> width_mm, long max_width_emu);

struct DrawingRef {
    int id = 0;                // wp:docPr id: unique in the whole document, headers included
    std::string relationship;  // r:embed of the image in the part that shows it
    std::string name;          // "Bild 3": Labels::figure and the number
    std::string alt;           // wp:docPr descr: a figure's alt text (the model guarantees one), the logo's
};

// An inline w:drawing run (<w:r>…</w:r>).
std::string inline_drawing(const DrawingRef& ref, const Extent& extent);

}  // namespace kansli::docx
