#include "docx_drawing.hpp"

#include <algorithm>
#include <cmath>

#include "docx_units.hpp"
#include "xml_builder.hpp"

namespace kansli::docx {

Extent image_extent(const Image& image, std::optional<double> width_mm, long max_width_emu) {
    const double px_w = std::max(image.pixel_width, 1);
    const double px_h = std::max(image.pixel_height, 1);
    // A missing or absurd resolution is read as 96 dpi, what Word assumes for such files.
    const auto usable = [](double dpi) { return std::isfinite(dpi) && dpi >= 10.0 && dpi <= 10000.0 ? dpi : 96.0; };
    double cx = px_w / usable(image.dpi_x) * kEmuPerInch;
    double cy = px_h / usable(image.dpi_y) * kEmuPerInch;
    if (width_mm) {
        const double scale = *width_mm * kEmuPerMm / cx;
        cx *= scale;
        cy *= scale;
    }
    if (max_width_emu > 0 && cx > static_cast<double>(max_width_emu)) {
        cy *= static_cast<double>(max_width_emu) / cx;
        cx = static_cast<double>(max_width_emu);
    }
    return {std::max(1L, std::lround(cx)), std::max(1L, std::lround(cy))};
}

std::string inline_drawing(const DrawingRef& ref, const Extent& extent) {
    const std::string id = std::to_string(ref.id);
    const std::string cx = std::to_string(extent.cx);
    const std::string cy = std::to_string(extent.cy);
    plugin::XmlBuilder x;
    x.open("w:r").open("w:drawing");
    x.open("wp:inline", {{"distT", "0"}, {"distB", "0"}, {"distL", "0"}, {"distR", "0"}});
    x.empty("wp:extent", {{"cx", cx}, {"cy", cy}});
    x.empty("wp:effectExtent", {{"l", "0"}, {"t", "0"}, {"r", "0"}, {"b", "0"}});
    // descr is what Word's "Alt Text" pane and screen readers use; title is left out because
    // Word shows it instead of descr in some versions.
    x.empty("wp:docPr", {{"id", id}, {"name", ref.name}, {"descr", ref.alt}});
    x.open("wp:cNvGraphicFramePr").empty("a:graphicFrameLocks", {{"xmlns:a", ns::a}, {"noChangeAspect", "1"}}).close();
    x.open("a:graphic", {{"xmlns:a", ns::a}});
    x.open("a:graphicData", {{"uri", "http://schemas.openxmlformats.org/drawingml/2006/picture"}});
    x.open("pic:pic", {{"xmlns:pic", ns::pic}});
    x.open("pic:nvPicPr");
    x.empty("pic:cNvPr", {{"id", id}, {"name", ref.name}, {"descr", ref.alt}});
    x.open("pic:cNvPicPr").empty("a:picLocks", {{"noChangeAspect", "1"}, {"noChangeArrowheads", "1"}}).close();
    x.close();  // nvPicPr
    x.open("pic:blipFill");
    x.empty("a:blip", {{"r:embed", ref.relationship}});
    x.open("a:stretch").empty("a:fillRect").close();
    x.close();  // blipFill
    x.open("pic:spPr");
    x.open("a:xfrm").empty("a:off", {{"x", "0"}, {"y", "0"}}).empty("a:ext", {{"cx", cx}, {"cy", cy}}).close();
    x.open("a:prstGeom", {{"prst", "rect"}}).empty("a:avLst").close();
    x.close();                  // spPr
    x.close().close().close();  // pic, graphicData, graphic
    x.close().close().close();  // inline, drawing, r
    return x.finish();
}

}  // namespace kansli::docx
