#include "odt_drawing.hpp"

#include <algorithm>
#include <cmath>

#include "odt_units.hpp"

namespace kansli::odt {
namespace {

std::string extension_for(const std::string& media_type) {
    if (media_type == "image/jpeg") return ".jpg";
    if (media_type == "image/png") return ".png";
    return ".bin";
}

}  // namespace

const std::string& ImageStore::add(const Image& image) {
    if (const auto found = by_bytes_.find(image.bytes); found != by_bytes_.end()) return entries_[found->second].path;
    const std::string path = "Pictures/image" + std::to_string(entries_.size() + 1) + extension_for(image.media_type);
    by_bytes_.emplace(image.bytes, entries_.size());
    entries_.push_back({path, image.media_type, image.bytes});
    return entries_.back().path;
}

FrameSize frame_size(const Image& image, std::optional<double> width_mm, double max_width_mm, double max_height_mm) {
    const double dpi_x = image.dpi_x > 0 ? image.dpi_x : 96.0;
    const double dpi_y = image.dpi_y > 0 ? image.dpi_y : 96.0;
    FrameSize size{image.pixel_width / dpi_x * 25.4, image.pixel_height / dpi_y * 25.4};
    if (size.width_mm <= 0 || size.height_mm <= 0) size = {max_width_mm, max_width_mm * 0.5};
    const double aspect = size.height_mm / size.width_mm;
    if (width_mm) size = {*width_mm, *width_mm * aspect};
    if (max_width_mm > 0 && size.width_mm > max_width_mm) size = {max_width_mm, max_width_mm * aspect};
    if (max_height_mm > 0 && size.height_mm > max_height_mm) size = {max_height_mm / aspect, max_height_mm};
    return size;
}

void image_frame(plugin::XmlBuilder& xml, const FrameSpec& spec) {
    xml.open("draw:frame", {{"draw:style-name", spec.style_name},
                            {"draw:name", spec.name},
                            {"text:anchor-type", "as-char"},
                            {"svg:width", mm(spec.size.width_mm)},
                            {"svg:height", mm(spec.size.height_mm)},
                            {"draw:z-index", "0"}});
    xml.empty(
        "draw:image",
        {{"xlink:href", spec.href}, {"xlink:type", "simple"}, {"xlink:show", "embed"}, {"xlink:actuate", "onLoad"}});
    // One alternative text, the title (LibreOffice's "Text Alternative", which assistive
    // technology and PDF export read): a description repeating it would be read twice.
    // No title marks a decorative picture.
    if (!spec.title.empty()) xml.element("svg:title", spec.title);
    xml.close("draw:frame");
}

double text_width_mm(const Theme& theme) {
    return std::max(20.0, theme.page.width_mm - theme.page.margin_left_mm - theme.page.margin_right_mm);
}

}  // namespace kansli::odt
