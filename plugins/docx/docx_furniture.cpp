#include "docx_furniture.hpp"

#include <cmath>

#include "docx_drawing.hpp"
#include "docx_styles.hpp"
#include "kansli/error.hpp"
#include "letterhead.hpp"
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
// Swedish municipality. Beside the printed name the logo is decorative; alone, its alt text is
// the theme's (plugin::letterhead decides, for every print format).
std::string header_xml(const Facts& facts, Accumulated& made, Relationships& relationships, bool blank) {
    XmlBuilder x;
    open_part(x, "w:hdr");
    x.open("w:p").open("w:pPr").empty("w:pStyle", {{"w:val", style::header}});
    if (!blank) x.empty("w:spacing", {{"w:after", "240"}});
    x.close();
    if (!blank) {
        const Theme& theme = facts.theme;
        const plugin::Letterhead head = plugin::letterhead(theme, facts.document.meta);
        if (theme.logo) {
            if (!head.logo_decorative && head.logo_alt.empty())
                throw Error(Error::Kind::Plugin, {}, "DOCX writer: the theme's logo has no alt text (header.logo_alt)");
            // A letterhead logo is small: at most 60 mm wide, whatever its resolution says.
            const Extent extent = image_extent(*theme.logo, std::nullopt,
                                               std::min(mm_to_emu(60), twips_to_emu(facts.page.text_width() / 2)));
            const int id = made.next_drawing_id++;
            x.raw(inline_drawing({id, relationships.add(rel::image, made.media.add(*theme.logo)),
                                  theme.labels.logo + " " + std::to_string(id), head.logo_alt, head.logo_decorative},
                                 extent));
        }
        if (!head.name.empty()) {
            tab(x);
            tab(x);
            run(x, head.name);
        }
    }
    x.close();
    return x.close().finish();
}

// "Dnr …" at the left and "Sida X av Y" at the right on one line, the theme's text (an address
// can be long) centred on its own lines below: three columns on one line of tab stops run into
// each other and push the page number onto a line of its own. The ODT writer lays it out the
// same way. PAGE and NUMPAGES are fields every word processor fills in as it lays out the pages.
std::string footer_xml(const Facts& facts) {
    const Theme& theme = facts.theme;
    const Metadata& meta = facts.document.meta;
    XmlBuilder x;
    open_part(x, "w:ftr");
    x.open("w:p").open("w:pPr").empty("w:pStyle", {{"w:val", style::footer}}).close();
    if (theme.footer_dnr && !meta.dnr.empty()) run(x, theme.labels.dnr + " " + meta.dnr);
    tab(x);
    run(x, theme.labels.page + " ");
    simple_field(x, " PAGE ", "1");
    run(x, " " + theme.labels.page_of + " ");
    simple_field(x, " NUMPAGES ", "1");
    x.close();
    if (!theme.footer_text.empty()) {
        x.open("w:p").open("w:pPr").empty("w:pStyle", {{"w:val", style::footer}}).empty("w:jc", {{"w:val", "center"}});
        x.close();
        run(x, theme.footer_text);
        x.close();
    }
    return x.close().finish();
}

std::string section_references(const SectionParts& parts) {
    XmlBuilder x;
    if (!parts.first_header.empty()) x.empty("w:headerReference", {{"w:type", "first"}, {"r:id", parts.first_header}});
    x.empty("w:headerReference", {{"w:type", "default"}, {"r:id", parts.header}});
    if (!parts.first_footer.empty()) x.empty("w:footerReference", {{"w:type", "first"}, {"r:id", parts.first_footer}});
    x.empty("w:footerReference", {{"w:type", "default"}, {"r:id", parts.footer}});
    return x.finish();
}

void write_section_properties(XmlBuilder& x, const Facts& facts, SectionLayout layout) {
    const PageGeometry& page = facts.page;
    x.open("w:sectPr").raw(facts.section_references);
    if (layout.continuous) x.empty("w:type", {{"w:val", "continuous"}});
    x.empty("w:pgSz", {{"w:w", std::to_string(page.width)}, {"w:h", std::to_string(page.height)}});
    // Header and footer sit halfway into the top and bottom margins.
    x.empty("w:pgMar", {{"w:top", std::to_string(page.margin_top)},
                        {"w:right", std::to_string(page.margin_right)},
                        {"w:bottom", std::to_string(page.margin_bottom)},
                        {"w:left", std::to_string(page.margin_left)},
                        {"w:header", std::to_string(page.margin_top / 2)},
                        {"w:footer", std::to_string(page.margin_bottom / 2)},
                        {"w:gutter", "0"}});
    // The column gap is the ODT writer's (3 mm).
    if (layout.columns > 1)
        x.empty("w:cols", {{"w:num", std::to_string(layout.columns)}, {"w:space", std::to_string(mm_to_twips(3))}});
    else
        x.empty("w:cols", {{"w:space", "708"}});
    if (!facts.theme.first_page_header) x.empty("w:titlePg");
    x.close();
}

std::string section_properties(const Facts& facts, bool continuous) {
    XmlBuilder x;
    write_section_properties(x, facts, {.columns = 1, .continuous = continuous});
    return x.finish();
}

// Children in the order CT_Settings requires. Swedish hyphenation on; compatibility mode 15
// so Word opens the file as a current document, not in compatibility mode. w:updateFields:
// Word recalculates the PAGEREF fields (the contents' and cross-references' page numbers) on
// opening, after asking, instead of showing the writer's estimate until they are printed; a
// document without them is not asked about (the footer's PAGE fields update by themselves).
std::string settings_xml(bool update_fields_on_open) {
    XmlBuilder x;
    x.declaration().open("w:settings", {{"xmlns:w", ns::w}});
    x.empty("w:zoom", {{"w:percent", "100"}});
    x.empty("w:defaultTabStop", {{"w:val", "709"}});
    x.empty("w:autoHyphenation");
    x.empty("w:hyphenationZone", {{"w:val", "425"}});
    x.empty("w:characterSpacingControl", {{"w:val", "doNotCompress"}});
    if (update_fields_on_open) x.empty("w:updateFields", {{"w:val", "true"}});
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
