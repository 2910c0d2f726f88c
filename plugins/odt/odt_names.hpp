// The names of the styles and master pages that styles.xml declares and content.xml uses.
// Internal names follow LibreOffice's convention ("_20_" is an encoded space; the
// style:display-name carries the readable one), so the document's styles meet LibreOffice's
// own ones when a user pastes between documents.
#pragma once

#include <string>
#include <string_view>

#include "kansli/document.hpp"

namespace kansli::odt::names {

// ---- paragraph styles
inline constexpr std::string_view kStandard = "Standard";
inline constexpr std::string_view kTextBody = "Text_20_body";
inline constexpr std::string_view kListParagraph = "List_20_Paragraph";
inline constexpr std::string_view kTableContents = "Table_20_Contents";
inline constexpr std::string_view kTableHeading = "Table_20_Heading";
inline constexpr std::string_view kTableSum = "Table_20_Sum";
inline constexpr std::string_view kTableSection = "Table_20_Section";
inline constexpr std::string_view kTableNote = "Table_20_Note";
inline constexpr std::string_view kTableCaption = "Table";  // LibreOffice's caption style for tables
inline constexpr std::string_view kFigureCaption = "Figure";
inline constexpr std::string_view kFigureImage = "Figure_20_Image";
inline constexpr std::string_view kField = "Field";  // one label–value pair per line
inline constexpr std::string_view kSignaturePlace = "Signature_20_Place";
inline constexpr std::string_view kSignatureName = "Signature_20_Name";
inline constexpr std::string_view kSignatureRole = "Signature_20_Role";
inline constexpr std::string_view kFootnote = "Footnote";
inline constexpr std::string_view kHeader = "Header";
inline constexpr std::string_view kFooter = "Footer";
inline constexpr std::string_view kFooterCentred = "Footer_20_Centred";
inline constexpr std::string_view kContentsHeading = "Contents_20_Heading";

// "Heading_20_2"; `listed` false gives the variant that tables of contents leave out.
inline std::string heading(int level, bool listed = true) {
    return "Heading_20_" + std::to_string(level) + (listed ? "" : "_20_unlisted");
}
// "Contents_20_2": a table of contents entry of that level.
inline std::string contents(int level) { return "Contents_20_" + std::to_string(level); }

// ---- text styles
inline constexpr std::string_view kEmphasis = "Emphasis";
inline constexpr std::string_view kStrong = "Strong_20_Emphasis";
inline constexpr std::string_view kLink = "Internet_20_link";
inline constexpr std::string_view kVisitedLink = "Visited_20_Internet_20_Link";
inline constexpr std::string_view kIndexLink = "Index_20_Link";  // table of contents entries
// The note's number in the text (superscript) and in the note itself.
inline constexpr std::string_view kFootnoteSymbol = "Footnote_20_Symbol";
inline constexpr std::string_view kFootnoteAnchor = "Footnote_20_anchor";

// ---- list styles: one per marker, every level the same marker, deeper levels indented further
inline std::string_view list_style(const List& list) {
    if (list.ordered) {
        switch (list.marker) {
            case List::Marker::LowerAlpha:
                return "Kansli_20_Lower_20_Alpha";
            case List::Marker::UpperAlpha:
                return "Kansli_20_Upper_20_Alpha";
            case List::Marker::LowerRoman:
                return "Kansli_20_Lower_20_Roman";
            default:
                return "Kansli_20_Decimal";
        }
    }
    return list.marker == List::Marker::Dash ? "Kansli_20_Dash" : "Kansli_20_Bullet";
}

// ---- master pages
inline constexpr std::string_view kMasterStandard = "Standard";
inline constexpr std::string_view kMasterFirst = "First_20_Page";

// The sequence that numbers table captions; LibreOffice's own name for it.
inline constexpr std::string_view kTableSequence = "Table";

}  // namespace kansli::odt::names
