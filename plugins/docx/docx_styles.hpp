// styles.xml and fontTable.xml from the template's theme. The style ids and names are Word's
// built-in ones ("heading 1", "toc 1", "caption", …): Word then treats them as its own, so the
// navigation pane and a TOC field inserted in Word work, and other tools (pandoc, screen
// readers) recognise the headings.
#pragma once

#include <string>

#include "docx_units.hpp"
#include "kansli/theme.hpp"

namespace kansli::docx {

// Style ids the story writer uses.
namespace style {
inline constexpr const char* title = "Title";
inline constexpr const char* subtitle = "Subtitle";
inline constexpr const char* toc_heading = "TOCHeading";
inline constexpr const char* caption = "Caption";
inline constexpr const char* list_paragraph = "ListParagraph";
inline constexpr const char* footnote_text = "FootnoteText";
inline constexpr const char* footnote_reference = "FootnoteReference";
inline constexpr const char* hyperlink = "Hyperlink";
inline constexpr const char* header = "Header";
inline constexpr const char* footer = "Footer";
inline constexpr const char* table = "KansliTable";
inline constexpr const char* table_text = "TableText";
inline constexpr const char* table_heading = "TableHeading";
inline constexpr const char* table_sum = "TableSum";
inline constexpr const char* table_note = "TableNote";
inline constexpr const char* signature = "Signature";
inline constexpr const char* figure = "Figure";
}  // namespace style

// "Heading1" … "Heading6"; "TOC1" … "TOC6".
std::string heading_style(int level);
std::string toc_style(int level);

// The size of table text (and captions, the agenda): a point below the body, at least 7 pt.
double table_text_size_pt(const Theme& theme);

std::string styles_xml(const Theme& theme, const PageGeometry& page);
std::string font_table_xml(const Theme& theme);

}  // namespace kansli::docx
