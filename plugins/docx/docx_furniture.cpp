#include "docx_furniture.hpp"

#include <cmath>

#include "docx_drawing.hpp"
#include "docx_styles.hpp"
#include "kansli/error.hpp"
#include "xml_builder.hpp"

namespace kansli::docx {
namespace {

using plugin::XmlBuilder;

void open_part(XmlBuilder& x, std::string_view root) {
    x.declaration().open(root, {{"xmlns:w", ns::w}, {"xmlns:r", ns::r}, {"xmlns:wp", ns::wp}});
}

void run(XmlBuilder& x, std::string_view text) {
    if (!text.empty()) x.open("w:r").element("w:t", text, {{"xml:space", "preserve"}}).close();
}

void tab(XmlBuilder& x) { x.open("w:r").empty("w:tab").close(); }

void simple_field(XmlBuilder& x, std::string_view instruction, std::string_view cached) {
    x.open("w:r").empty("w:fldChar", {{"w:fldCharType", "begin"}}).close();
    x.open("w:r").element("w:instrText", instruction, {{"xml:space", "preserve"}}).close();
    x.open("w:r").empty("w:fldChar", {{"w:fldCharType", "separate"}}).close();
    run(x, cached);
    x.open("w:r").empty("w:fldChar", {{"w:fldCharType", "end"}}).close();
}

}  // namespace

// Logo at the left margin, the organisation's name at the right: the letterhead of a
// Swedish municipality. The logo's alt text is the theme's; without one, the header text or
// the organisation names it (the picture is the organisation's mark).
std::string header_xml(const Facts& facts, Accumulated& made, Relationships& relationships, bool blank) {
    XmlBuilder x;
    open_part(x, "w:hdr");
    x.open("w:p").open("w:pPr").empty("w:pStyle", {{"w:val", style::header}});
    if (!blank) x.empty("w:spacing", {{"w:after", "240"}});
    x.close();
    if (!blank) {
        const Theme& theme = facts.theme;
        if (theme.logo) {
            std::string alt = theme.logo_alt;
            if (alt.empty()) alt = theme.header_text;
            if (alt.empty()) alt = facts.document.meta.organisation;
            if (alt.empty())
                throw Error(Error::Kind::Plugin, {}, "DOCX writer: the theme's logo has no alt text (header.logo_alt)");
            // A letterhead logo is small: at most 60 mm wide, whatever its resolution says.
            const Extent extent = image_extent(*theme.logo, std::nullopt,
                                               std::min(mm_to_emu(60), twips_to_emu(facts.page.text_width() / 2)));
            const int id = made.next_drawing_id++;
            x.raw(inline_drawing({id, relationships.add(rel::image, made.media.add(*theme.logo)),
                                  theme.labels.logo + " " + std::to_string(id), alt},
                                 extent));
        }
        const std::string& text = theme.header_text.empty() ? facts.document.meta.organisation : theme.header_text;
        if (!text.empty()) {
            tab(x);
            tab(x);
            run(x, text);
        }
    }
    x.close();
    return x.close().finish();
}

// "Dnr …" at the left, the theme's text in the middle, "Sida X av Y" at the right. PAGE and
// NUMPAGES are fields every word processor fills in as it lays out the pages.
std::string footer_xml(const Facts& facts) {
    const Theme& theme = facts.theme;
    const Metadata& meta = facts.document.meta;
    XmlBuilder x;
    open_part(x, "w:ftr");
    x.open("w:p").open("w:pPr").empty("w:pStyle", {{"w:val", style::footer}}).close();
    if (theme.footer_dnr && !meta.dnr.empty()) run(x, theme.labels.dnr + " " + meta.dnr);
    tab(x);
    run(x, theme.footer_text);
    tab(x);
    run(x, theme.labels.page + " ");
    simple_field(x, " PAGE ", "1");
    run(x, " " + theme.labels.page_of + " ");
    simple_field(x, " NUMPAGES ", "1");
    x.close();
    return x.close().finish();
}

std::string section_properties(const Facts& facts, const SectionParts& parts) {
    const PageGeometry& page = facts.page;
    XmlBuilder x;
    x.open("w:sectPr");
    if (!parts.first_header.empty()) x.empty("w:headerReference", {{"w:type", "first"}, {"r:id", parts.first_header}});
    x.empty("w:headerReference", {{"w:type", "default"}, {"r:id", parts.header}});
    if (!parts.first_footer.empty()) x.empty("w:footerReference", {{"w:type", "first"}, {"r:id", parts.first_footer}});
    x.empty("w:footerReference", {{"w:type", "default"}, {"r:id", parts.footer}});
    x.empty("w:pgSz", {{"w:w", std::to_string(page.width)}, {"w:h", std::to_string(page.height)}});
    // Header and footer sit halfway into the top and bottom margins.
    x.empty("w:pgMar", {{"w:top", std::to_string(page.margin_top)},
                        {"w:right", std::to_string(page.margin_right)},
                        {"w:bottom", std::to_string(page.margin_bottom)},
                        {"w:left", std::to_string(page.margin_left)},
                        {"w:header", std::to_string(page.margin_top / 2)},
                        {"w:footer", std::to_string(page.margin_bottom / 2)},
                        {"w:gutter", "0"}});
    x.empty("w:cols", {{"w:space", "708"}});
    if (!parts.first_header.empty()) x.empty("w:titlePg");
    x.close();
    return x.finish();
}

// Children in the order CT_Settings requires. Swedish hyphenation on; compatibility mode 15
// so Word opens the file as a current document, not in compatibility mode.
std::string settings_xml() {
    XmlBuilder x;
    x.declaration().open("w:settings", {{"xmlns:w", ns::w}});
    x.empty("w:zoom", {{"w:percent", "100"}});
    x.empty("w:defaultTabStop", {{"w:val", "709"}});
    x.empty("w:autoHyphenation");
    x.empty("w:hyphenationZone", {{"w:val", "425"}});
    x.empty("w:characterSpacingControl", {{"w:val", "doNotCompress"}});
    x.open("w:footnotePr");
    x.empty("w:footnote", {{"w:id", "-1"}});
    x.empty("w:footnote", {{"w:id", "0"}});
    x.close();
    x.open("w:compat");
    x.empty("w:compatSetting",
            {{"w:name", "compatibilityMode"}, {"w:uri", "http://schemas.microsoft.com/office/word"}, {"w:val", "15"}});
    x.close();
    x.empty("w:themeFontLang", {{"w:val", "sv-SE"}});
    x.empty("w:decimalSymbol", {{"w:val", ","}});
    x.empty("w:listSeparator", {{"w:val", ";"}});
    return x.close().finish();
}

}  // namespace kansli::docx
