// Images as Cairo surfaces, at the size they are printed. PNG is decoded by Cairo; JPEG is
// handed to Cairo as it is (mime data), so the file embeds the original bytes with DCTDecode.
#pragma once

#include <optional>
#include <string>

#include "kansli/document.hpp"
#include "pdf_handles.hpp"

namespace kansli::pdf {

struct PlacedImage {
    CairoSurface surface;
    int pixel_width = 0;
    int pixel_height = 0;
};

// The image's surface. Throws Error(Kind::Plugin) naming `what` when the bytes cannot be
// decoded or the image has no pixels: an image that cannot be placed is never left out quietly.
PlacedImage load_image(const Image& image, const std::string& what);

struct ImageSize {
    double width;
    double height;
};

// The printed size in points: the image's pixels at its resolution (96 dpi when it states none
// that is plausible), or `width_mm` wide when given, then scaled down to fit within the box.
ImageSize image_size(const Image& image, std::optional<double> width_mm, double max_width, double max_height);

}  // namespace kansli::pdf
