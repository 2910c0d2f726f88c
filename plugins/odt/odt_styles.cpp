#include "odt_styles.hpp"

#include <algorithm>
#include <string_view>

#include "kansli/xml_text.hpp"
#include "odt_names.hpp"
#include "odt_units.hpp"
#include "odt_xml.hpp"

namespace kansli::odt {
namespace {

constexpr double kListIndentMm = 6.35;
// Where the page header and footer start, measured from the page edge; the body text starts
// at the theme's margin, so the header lives inside the margin as it does in print.
constexpr double kHeaderEdgeMm = 10.0;
constexpr double kHeaderSpacingMm = 3.0;

struct StyleSpec {
    std::string_view family = "paragraph";
    std::string name{};
    std::string display{};  // empty when the name needs no display name
    std::string parent{};
    std::string next{};
    std::string_view style_class{};
    std::string paragraph{};           // attributes of style:paragraph-properties
    std::string text{};                // attributes of style:text-properties
    std::string extra{};               // further attributes of style:style
    std::string paragraph_children{};  // content of style:paragraph-properties (tab stops)
};

std::string style(const StyleSpec& s) {
    std::string out = "<style:style style:name=\"" + escape_xml(s.name) + "\"";
    if (!s.display.empty()) out += " style:display-name=\"" + escape_xml(s.display) + "\"";
    out += " style:family=\"" + std::string(s.family) + "\"";
    if (!s.parent.empty()) out += " style:parent-style-name=\"" + escape_xml(s.parent) + "\"";
    if (!s.next.empty()) out += " style:next-style-name=\"" + escape_xml(s.next) + "\"";
    if (!s.style_class.empty()) out += " style:class=\"" + std::string(s.style_class) + "\"";
    out += s.extra;
    out += ">";
    if (!s.paragraph.empty() || !s.paragraph_children.empty()) {
        out += "<style:paragraph-properties " + s.paragraph;
        out += s.paragraph_children.empty() ? "/>" : ">" + s.paragraph_children + "</style:paragraph-properties>";
    }
    if (!s.text.empty()) out += "<style:text-properties " + s.text + "/>";
    out += "</style:style>";
    return out;
}

std::string right_tab(double position_mm, bool dotted) {
    std::string tab =
        "<style:tab-stops><style:tab-stop style:position=\"" + mm(position_mm) + "\" style:type=\"right\"";
    if (dotted) tab += " style:leader-style=\"dotted\" style:leader-text=\".\"";
    return tab + "/></style:tab-stops>";
}

std::string font(const std::string& name) { return "style:font-name=\"" + escape_xml(name) + "\""; }

std::string font_faces(const Theme& theme) {
    std::string out = "<office:font-face-decls>";
    std::vector<std::string> faces{theme.body_font, theme.heading_font};
    std::sort(faces.begin(), faces.end());
    faces.erase(std::unique(faces.begin(), faces.end()), faces.end());
    for (const std::string& face : faces) {
        out += "<style:font-face style:name=\"" + escape_xml(face) + "\" svg:font-family=\"" +
               escape_xml("'" + face + "'") + "\" style:font-pitch=\"variable\"/>";
    }
    return out + "</office:font-face-decls>";
}

// Every level the same marker, each level indented one step further; the label is followed
// by a tab to the text's indent, as word processors lay out lists.
std::string list_style(std::string_view name, std::string_view display, std::string_view num_format,
                       std::string_view bullet) {
    std::string out = "<text:list-style style:name=\"" + std::string(name) + "\" style:display-name=\"" +
                      std::string(display) + "\">";
    for (int level = 1; level <= 10; ++level) {
        const std::string indent = mm(kListIndentMm * level);
        if (bullet.empty()) {
            out += "<text:list-level-style-number text:level=\"" + std::to_string(level) +
                   "\" style:num-suffix=\".\" style:num-format=\"" + std::string(num_format) + "\">";
        } else {
            out += "<text:list-level-style-bullet text:level=\"" + std::to_string(level) + "\" text:bullet-char=\"" +
                   std::string(bullet) + "\">";
        }
        out +=
            "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"" +
            indent + "\" fo:text-indent=\"" + mm(-kListIndentMm) + "\" fo:margin-left=\"" + indent +
            "\"/></style:list-level-properties>";
        out += bullet.empty() ? "</text:list-level-style-number>" : "</text:list-level-style-bullet>";
    }
    return out + "</text:list-style>";
}

// Headings carry their numbers as text (the template decides them), so the outline has no
// numbering of its own.
std::string outline_style() {
    std::string out = "<text:outline-style style:name=\"Outline\">";
    for (int level = 1; level <= 10; ++level) {
        out += "<text:outline-level-style text:level=\"" + std::to_string(level) +
               "\" style:num-format=\"\"><style:list-level-properties "
               "text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment "
               "text:label-followed-by=\"nothing\" fo:text-indent=\"0mm\" fo:margin-left=\"0mm\"/>"
               "</style:list-level-properties></text:outline-level-style>";
    }
    return out + "</text:outline-style>";
}

std::string named_styles(const Document& document, const Theme& theme) {
    const double width = text_width_mm(theme);
    const LanguageTag language = split_language(document.meta.language);
    const std::string body_size = pt(theme.body_size_pt);
    const std::string small_size = pt(std::max(6.0, theme.body_size_pt - 2.0));
    std::string out = "<office:styles>";
    out +=
        "<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
        "style:tab-stop-distance=\"12.5mm\" style:writing-mode=\"lr-tb\"/><style:text-properties " +
        font(theme.body_font) + " fo:font-size=\"" + body_size + "\" fo:language=\"" + escape_xml(language.language) +
        "\" fo:country=\"" + escape_xml(language.country) + "\" fo:color=\"" + escape_xml(theme.text_colour) +
        "\" fo:hyphenate=\"false\"/></style:default-style>";
    out +=
        "<style:default-style style:family=\"table\"><style:table-properties "
        "table:border-model=\"collapsing\"/></style:default-style>";

    const auto p = [&out](StyleSpec spec) { out += style(spec); };
    p({.name = "Standard", .style_class = "text"});
    p({.name = std::string(names::kTextBody),
       .display = "Text body",
       .parent = "Standard",
       .style_class = "text",
       .paragraph = "fo:margin-top=\"0mm\" fo:margin-bottom=\"2.5mm\" fo:line-height=\"115%\""});
    p({.name = "Heading",
       .parent = "Standard",
       .next = std::string(names::kTextBody),
       .style_class = "text",
       .paragraph = "fo:margin-top=\"5mm\" fo:margin-bottom=\"2mm\" fo:keep-with-next=\"always\"",
       .text = font(theme.heading_font) + " fo:color=\"" + escape_xml(theme.heading_colour) +
               "\" fo:font-weight=\"bold\""});
    for (int level = 1; level <= 6; ++level) {
        const std::string outline = " style:default-outline-level=\"" + std::to_string(level) + "\"";
        p({.name = names::heading(level),
           .display = "Heading " + std::to_string(level),
           .parent = "Heading",
           .next = std::string(names::kTextBody),
           .style_class = "text",
           .text = "fo:font-size=\"" + pt(theme.heading_sizes_pt[level - 1]) + "\"",
           .extra = outline});
        // The same look for headings a table of contents leaves out: the table of contents
        // is built from the heading styles, and this one is not among them.
        p({.name = names::heading(level, false),
           .display = "Heading " + std::to_string(level) + " unlisted",
           .parent = names::heading(level),
           .next = std::string(names::kTextBody),
           .style_class = "text",
           .extra = outline});
    }
    p({.name = std::string(names::kListParagraph),
       .display = "List Paragraph",
       .parent = std::string(names::kTextBody),
       .style_class = "list",
       .paragraph = "fo:margin-top=\"0mm\" fo:margin-bottom=\"1.2mm\""});
    p({.name = std::string(names::kTableContents),
       .display = "Table Contents",
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = "fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\""});
    for (const auto& [name, display, text] : {
             std::tuple{names::kTableHeading, "Table Heading", std::string("fo:font-weight=\"bold\"")},
             std::tuple{names::kTableSum, "Table Sum", std::string("fo:font-weight=\"bold\"")},
             std::tuple{names::kTableSection, "Table Section", std::string("fo:font-weight=\"bold\"")},
             std::tuple{names::kTableNote, "Table Note",
                        "fo:font-style=\"italic\" fo:font-size=\"" + small_size + "\""},
         }) {
        p({.name = std::string(name),
           .display = display,
           .parent = std::string(names::kTableContents),
           .style_class = "extra",
           .text = text});
    }
    p({.name = std::string(names::kField),
       .parent = std::string(names::kTextBody),
       .style_class = "text",
       .paragraph = "fo:margin-top=\"0mm\""});
    p({.name = "Caption",
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = "fo:margin-top=\"2mm\" fo:margin-bottom=\"1.5mm\""});
    p({.name = std::string(names::kTableCaption),
       .parent = "Caption",
       .style_class = "extra",
       .paragraph = "fo:keep-with-next=\"always\"",
       .text = "fo:font-weight=\"bold\""});
    p({.name = std::string(names::kFigureCaption),
       .parent = "Caption",
       .style_class = "extra",
       .text = "fo:font-style=\"italic\""});
    p({.name = std::string(names::kFigureImage),
       .display = "Figure Image",
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = "fo:margin-top=\"2mm\" fo:margin-bottom=\"1mm\" fo:keep-with-next=\"always\""});
    p({.name = std::string(names::kSignaturePlace),
       .display = "Signature Place",
       .parent = std::string(names::kTextBody),
       .style_class = "text",
       .paragraph = "fo:margin-top=\"6mm\" fo:keep-with-next=\"always\""});
    // Room above the name to sign the printed copy.
    p({.name = std::string(names::kSignatureName),
       .display = "Signature Name",
       .parent = "Standard",
       .style_class = "text",
       .paragraph = "fo:margin-top=\"14mm\" fo:margin-bottom=\"0mm\" fo:margin-right=\"" +
                    mm(std::max(0.0, width - 75.0)) +
                    "\" fo:padding-top=\"1mm\" fo:border-top=\"0.5pt solid #000000\" fo:keep-with-next=\"always\""});
    p({.name = std::string(names::kSignatureRole),
       .display = "Signature Role",
       .parent = "Standard",
       .style_class = "text",
       .paragraph = "fo:margin-top=\"0mm\" fo:margin-bottom=\"3mm\"",
       .text = "fo:font-style=\"italic\""});
    p({.name = std::string(names::kFootnote),
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = "fo:margin-left=\"5mm\" fo:text-indent=\"-5mm\"",
       .text = "fo:font-size=\"" + small_size + "\""});
    p({.name = std::string(names::kHeader),
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = "fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\"",
       .text = "fo:font-size=\"" + small_size + "\"",
       .paragraph_children = right_tab(width, false)});
    p({.name = std::string(names::kFooter),
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = "fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\"",
       .text = "fo:font-size=\"" + small_size + "\"",
       .paragraph_children = "<style:tab-stops><style:tab-stop style:position=\"" + mm(width / 2) +
                             "\" style:type=\"center\"/><style:tab-stop style:position=\"" + mm(width) +
                             "\" style:type=\"right\"/></style:tab-stops>"});
    p({.name = std::string(names::kContentsHeading),
       .display = "Contents Heading",
       .parent = "Heading",
       .style_class = "index",
       .text = "fo:font-size=\"" + pt(theme.heading_sizes_pt[1]) + "\""});
    for (int level = 1; level <= 6; ++level) {
        const double indent = 5.0 * (level - 1);
        p({.name = names::contents(level),
           .display = "Contents " + std::to_string(level),
           .parent = "Standard",
           .style_class = "index",
           .paragraph = "fo:margin-left=\"" + mm(indent) + "\" fo:margin-top=\"0mm\" fo:margin-bottom=\"1.2mm\"",
           .paragraph_children = right_tab(width - indent, true)});
    }

    const auto t = [&out](std::string_view name, std::string_view display, const std::string& text) {
        out += style({.family = "text", .name = std::string(name), .display = std::string(display), .text = text});
    };
    t(names::kEmphasis, "", "fo:font-style=\"italic\"");
    t(names::kStrong, "Strong Emphasis", "fo:font-weight=\"bold\"");
    const std::string link = "fo:color=\"" + escape_xml(theme.accent_colour) +
                             "\" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" "
                             "style:text-underline-color=\"font-color\"";
    t(names::kLink, "Internet link", link);
    t(names::kVisitedLink, "Visited Internet Link", link);
    // A table of contents is a list of links that should not look like a page of links.
    t(names::kIndexLink, "Index Link", "style:text-underline-style=\"none\"");
    t(names::kFootnoteSymbol, "Footnote Symbol", "style:text-position=\"super 58%\"");
    t(names::kFootnoteAnchor, "Footnote anchor", "style:text-position=\"0% 100%\"");

    out += outline_style();
    out += "<text:notes-configuration text:note-class=\"footnote\" text:citation-style-name=\"" +
           std::string(names::kFootnoteSymbol) + "\" text:citation-body-style-name=\"" +
           std::string(names::kFootnoteAnchor) + "\" text:default-style-name=\"" + std::string(names::kFootnote) +
           "\" style:num-format=\"1\" text:start-value=\"0\" text:footnotes-position=\"page\" "
           "text:start-numbering-at=\"document\"/>";
    out += list_style("Kansli_20_Bullet", "Kansli Bullet", "", "•");
    out += list_style("Kansli_20_Dash", "Kansli Dash", "", "–");
    out += list_style("Kansli_20_Decimal", "Kansli Decimal", "1", "");
    out += list_style("Kansli_20_Lower_20_Alpha", "Kansli Lower Alpha", "a", "");
    out += list_style("Kansli_20_Upper_20_Alpha", "Kansli Upper Alpha", "A", "");
    out += list_style("Kansli_20_Lower_20_Roman", "Kansli Lower Roman", "i", "");
    return out + "</office:styles>";
}

struct PageFurniture {
    bool header = false;
    double header_height_mm = 0;  // the header's content, without the spacing below it
};

PageFurniture furniture(const Theme& theme) {
    PageFurniture f;
    f.header = theme.logo.has_value() || !theme.header_text.empty();
    f.header_height_mm = std::max(5.0, theme.page.margin_top_mm - kHeaderEdgeMm - kHeaderSpacingMm);
    return f;
}

std::string page_layout(std::string_view name, const Theme& theme, bool with_header) {
    const PageLayout& page = theme.page;
    const PageFurniture f = furniture(theme);
    const double top = with_header ? std::min(kHeaderEdgeMm, page.margin_top_mm) : page.margin_top_mm;
    const double bottom = std::min(kHeaderEdgeMm, page.margin_bottom_mm);
    const double footer_height = std::max(5.0, page.margin_bottom_mm - bottom - kHeaderSpacingMm);
    std::string out = "<style:page-layout style:name=\"" + std::string(name) +
                      "\"><style:page-layout-properties fo:page-width=\"" + mm(page.width_mm) + "\" fo:page-height=\"" +
                      mm(page.height_mm) + "\" style:print-orientation=\"" +
                      (page.width_mm > page.height_mm ? "landscape" : "portrait") + "\" fo:margin-top=\"" + mm(top) +
                      "\" fo:margin-bottom=\"" + mm(bottom) + "\" fo:margin-left=\"" + mm(page.margin_left_mm) +
                      "\" fo:margin-right=\"" + mm(page.margin_right_mm) + "\" style:writing-mode=\"lr-tb\"/>";
    if (with_header) {
        out += "<style:header-style><style:header-footer-properties fo:min-height=\"" + mm(f.header_height_mm) +
               "\" fo:margin-bottom=\"" + mm(kHeaderSpacingMm) + "\"/></style:header-style>";
    }
    out += "<style:footer-style><style:header-footer-properties fo:min-height=\"" + mm(footer_height) +
           "\" fo:margin-top=\"" + mm(kHeaderSpacingMm) + "\"/></style:footer-style>";
    return out + "</style:page-layout>";
}

// Logo at the left margin, the organisation's name at the right: the letterhead of a Swedish
// municipality, as the DOCX writer draws it.
void header(plugin::XmlBuilder& xml, const Document& document, const Theme& theme, ImageStore& images) {
    const std::string& name = theme.header_text.empty() ? document.meta.organisation : theme.header_text;
    xml.open("style:header").open("text:p", {{"text:style-name", names::kHeader}});
    if (theme.logo) {
        FrameSpec spec;
        spec.name = theme.labels.logo;
        spec.style_name = "Mfr1";
        spec.href = images.add(*theme.logo);
        spec.title = theme.logo_alt.empty() ? name : theme.logo_alt;
        spec.description = spec.title;
        // A letterhead logo is small: at most 60 mm wide, whatever its resolution says.
        spec.size = frame_size(*theme.logo, std::nullopt, std::min(60.0, text_width_mm(theme) / 2), 25.0);
        image_frame(xml, spec);
    }
    if (!name.empty()) xml.empty("text:tab").text(name);
    xml.close("text:p").close("style:header");
}

// "www.katrineholm.se      Dnr SOCN/2020:60      Sida 3 av 12": left, centre, right.
void footer(plugin::XmlBuilder& xml, const Document& document, const Theme& theme) {
    xml.open("style:footer").open("text:p", {{"text:style-name", names::kFooter}});
    xml.text(theme.footer_text).empty("text:tab");
    if (theme.footer_dnr && !document.meta.dnr.empty()) xml.text(theme.labels.dnr + " " + document.meta.dnr);
    xml.empty("text:tab");
    xml.text(theme.labels.page).text(" ");
    xml.element("text:page-number", "1", {{"text:select-page", "current"}});
    xml.text(" ").text(theme.labels.page_of).text(" ");
    xml.element("text:page-count", "1");
    xml.close("text:p").close("style:footer");
}

}  // namespace

LanguageTag split_language(const std::string& tag) {
    const auto is_alpha = [](std::string_view s) {
        return !s.empty() &&
               std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    };
    const std::string_view whole(tag);
    const auto dash = whole.find('-');
    std::string language(whole.substr(0, dash));
    // The region is the first later subtag of two letters: "GB" in "en-GB", "TW" in "zh-Hant-TW".
    std::string country;
    for (auto at = dash; at != std::string_view::npos && country.empty();) {
        const auto next = whole.find('-', at + 1);
        const std::string_view subtag = whole.substr(at + 1, next == std::string_view::npos ? next : next - at - 1);
        if (subtag.size() == 2 && is_alpha(subtag)) country = subtag;
        at = next;
    }
    if (!is_alpha(language) || language.size() < 2 || language.size() > 3) return {"sv", "SE"};
    for (char& c : language) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (country.empty()) return {language, language == "sv" ? "SE" : ""};
    for (char& c : country) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return {language, country};
}

std::string styles_xml(const Document& document, const Theme& theme, ImageStore& images) {
    const PageFurniture f = furniture(theme);
    plugin::XmlBuilder xml;
    open_document(xml, "office:document-styles");
    xml.raw(font_faces(theme));
    xml.raw(named_styles(document, theme));
    xml.open("office:automatic-styles");
    xml.raw(page_layout("pm1", theme, f.header));
    if (!theme.first_page_header) xml.raw(page_layout("pm2", theme, false));
    xml.open("style:style", {{"style:name", "Mfr1"}, {"style:family", "graphic"}});
    xml.empty("style:graphic-properties", {{"style:vertical-pos", "top"},
                                           {"style:vertical-rel", "baseline"},
                                           {"fo:border", "none"},
                                           {"fo:padding", "0mm"}});
    xml.close("style:style").close("office:automatic-styles");
    xml.open("office:master-styles");
    xml.open("style:master-page", {{"style:name", names::kMasterStandard}, {"style:page-layout-name", "pm1"}});
    if (f.header) header(xml, document, theme, images);
    footer(xml, document, theme);
    xml.close("style:master-page");
    if (!theme.first_page_header) {
        xml.open("style:master-page", {{"style:name", names::kMasterFirst},
                                       {"style:display-name", "First Page"},
                                       {"style:page-layout-name", "pm2"},
                                       {"style:next-style-name", names::kMasterStandard}});
        footer(xml, document, theme);
        xml.close("style:master-page");
    }
    xml.close("office:master-styles").close("office:document-styles");
    return xml.finish();
}

}  // namespace kansli::odt
