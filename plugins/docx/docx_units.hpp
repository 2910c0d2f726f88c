// Units and names of WordprocessingML, in one place: lengths are twips (1/20 pt) in
// paragraphs and tables, half-points for font sizes and EMU (1/914 400 inch) for drawings.
#pragma once

#include <cmath>
#include <string>
#include <string_view>

#include "kansli/theme.hpp"

namespace kansli::docx {

inline constexpr double kTwipsPerMm = 1440.0 / 25.4;
inline constexpr double kEmuPerMm = 36000.0;
inline constexpr double kEmuPerInch = 914400.0;

inline long mm_to_twips(double mm) { return std::lround(mm * kTwipsPerMm); }
inline long mm_to_emu(double mm) { return std::lround(mm * kEmuPerMm); }
inline long twips_to_emu(long twips) { return twips * 635; }  // 914 400 / 1 440
inline long pt_to_half_points(double pt) { return std::lround(pt * 2.0); }
inline long pt_to_twips(double pt) { return std::lround(pt * 20.0); }

// "#1F3864" → "1F3864". Anything that is not six hex digits gives `fallback`: the theme loader
// checks colours, but a wrong value here would make the whole part invalid.
std::string hex_colour(std::string_view theme_colour, std::string_view fallback = "000000");

// The page of a theme in twips: what every part that places things on the page needs. Made
// from the theme only, so the page size has one source (theme.hpp's defaults).
struct PageGeometry {
    explicit PageGeometry(const PageLayout& layout)
        : width(mm_to_twips(layout.width_mm)),
          height(mm_to_twips(layout.height_mm)),
          margin_top(mm_to_twips(layout.margin_top_mm)),
          margin_bottom(mm_to_twips(layout.margin_bottom_mm)),
          margin_left(mm_to_twips(layout.margin_left_mm)),
          margin_right(mm_to_twips(layout.margin_right_mm)) {}
    long width;
    long height;
    long margin_top;
    long margin_bottom;
    long margin_left;
    long margin_right;
    long text_width() const { return width - margin_left - margin_right; }
    long text_height() const { return height - margin_top - margin_bottom; }
};

namespace ns {
inline constexpr std::string_view w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr std::string_view a = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr std::string_view pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
inline constexpr std::string_view package_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
}  // namespace ns

// Relationship types (ECMA-376 Part 1, 15.2).
namespace rel {
inline constexpr std::string_view office_document =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr std::string_view core_properties =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr std::string_view extended_properties =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr std::string_view styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr std::string_view numbering =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr std::string_view settings =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr std::string_view font_table =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr std::string_view footnotes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
inline constexpr std::string_view header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr std::string_view footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr std::string_view image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
inline constexpr std::string_view hyperlink =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
}  // namespace rel

}  // namespace kansli::docx
