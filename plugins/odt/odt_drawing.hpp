// Images: where their bytes go in the package (Pictures/), and the draw:frame that shows one.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"
#include "xml_builder.hpp"

namespace kansli::odt {

// The pictures of one package. The same bytes used twice (the logo in the header and on the
// cover) are stored once. Names follow the order of first use, so they are deterministic.
class ImageStore {
public:
    struct Entry {
        std::string path;  // "Pictures/image1.png"
        std::string media_type;
        std::string bytes;
    };
    // The package path of the image, storing it on first use.
    const std::string& add(const Image& image);
    const std::vector<Entry>& entries() const { return entries_; }

private:
    std::vector<Entry> entries_;
    std::map<std::string, std::size_t> by_bytes_;
};

struct FrameSize {
    double width_mm = 0;
    double height_mm = 0;
};

// The printed size of an image: its pixels at its resolution, or `width_mm` when given, with
// the aspect ratio kept; then scaled down to fit `max_width_mm` (and `max_height_mm` when
// non-zero).
FrameSize frame_size(const Image& image, std::optional<double> width_mm, double max_width_mm,
                     double max_height_mm = 0.0);

// What a draw:frame needs besides its size.
struct FrameSpec {
    std::string name;        // draw:name, unique in the package part
    std::string style_name;  // a graphic style
    std::string href;        // from ImageStore::add
    std::string title;       // svg:title: the alternative text; empty for a decorative picture
    FrameSize size;
};

// <draw:frame> anchored as a character, with the picture and its alternative text.
void image_frame(plugin::XmlBuilder& xml, const FrameSpec& spec);

// The width of the text area, in which every frame and table must fit.
double text_width_mm(const Theme& theme);

}  // namespace kansli::odt
