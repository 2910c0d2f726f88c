#include "odt_styles.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "letterhead.hpp"
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

// A tab stop of a paragraph style; a dotted leader fills the space before it (tables of contents).
struct TabStop {
    double position_mm = 0;
    std::string_view type;
    bool dotted = false;
};

struct StyleSpec {
    std::string_view family = "paragraph";
    std::string name{};
    std::string display{};  // empty when the name needs no display name
    std::string parent{};
    std::string next{};
    std::string_view style_class{};
    int outline_level = 0;        // style:default-outline-level of a heading style; 0: none
    AttributeList paragraph{};    // of style:paragraph-properties
    AttributeList text{};         // of style:text-properties
    std::vector<TabStop> tabs{};  // in style:paragraph-properties
};

void tab_stops(plugin::XmlBuilder& xml, const std::vector<TabStop>& tabs) {
    xml.open("style:tab-stops");
    for (const TabStop& tab : tabs) {
        xml.open("style:tab-stop", {{"style:position", mm(tab.position_mm)}, {"style:type", tab.type}});
        if (tab.dotted) xml.attribute("style:leader-style", "dotted").attribute("style:leader-text", ".");
        xml.close_empty();
    }
    xml.close("style:tab-stops");
}

void style(plugin::XmlBuilder& xml, const StyleSpec& s) {
    xml.open("style:style", {{"style:name", s.name}});
    if (!s.display.empty()) xml.attribute("style:display-name", s.display);
    xml.attribute("style:family", s.family);
    if (!s.parent.empty()) xml.attribute("style:parent-style-name", s.parent);
    if (!s.next.empty()) xml.attribute("style:next-style-name", s.next);
    if (!s.style_class.empty()) xml.attribute("style:class", s.style_class);
    if (s.outline_level > 0) xml.attribute("style:default-outline-level", std::to_string(s.outline_level));
    if (!s.paragraph.empty() || !s.tabs.empty()) {
        xml.open("style:paragraph-properties");
        add_attributes(xml, s.paragraph);
        if (s.tabs.empty()) {
            xml.close_empty();
        } else {
            tab_stops(xml, s.tabs);
            xml.close("style:paragraph-properties");
        }
    }
    if (!s.text.empty()) empty_element(xml, "style:text-properties", s.text);
    xml.close("style:style");
}

std::vector<TabStop> right_tab(double position_mm, bool dotted) { return {{position_mm, "right", dotted}}; }

std::pair<std::string_view, std::string> font(const std::string& name) { return {"style:font-name", name}; }

void font_faces(plugin::XmlBuilder& xml, const Theme& theme) {
    xml.open("office:font-face-decls");
    std::vector<std::string> faces{theme.body_font, theme.heading_font};
    std::sort(faces.begin(), faces.end());
    faces.erase(std::unique(faces.begin(), faces.end()), faces.end());
    for (const std::string& face : faces) {
        xml.empty("style:font-face",
                  {{"style:name", face}, {"svg:font-family", "'" + face + "'"}, {"style:font-pitch", "variable"}});
    }
    xml.close("office:font-face-decls");
}

// The label's position of a list or outline level: `label_followed_by` the text, which starts
// `indent_mm` from the margin with the label `text_indent_mm` before it.
void label_alignment(plugin::XmlBuilder& xml, std::string_view label_followed_by, double indent_mm,
                     double text_indent_mm, bool tab_stop) {
    xml.open("style:list-level-properties", {{"text:list-level-position-and-space-mode", "label-alignment"}});
    xml.open("style:list-level-label-alignment", {{"text:label-followed-by", label_followed_by}});
    if (tab_stop) xml.attribute("text:list-tab-stop-position", mm(indent_mm));
    xml.attribute("fo:text-indent", mm(text_indent_mm)).attribute("fo:margin-left", mm(indent_mm));
    xml.close_empty().close("style:list-level-properties");
}

// Every level the same marker, each level indented one step further; the label is followed
// by a tab to the text's indent, as word processors lay out lists.
void list_style(plugin::XmlBuilder& xml, std::string_view name, std::string_view display, std::string_view num_format,
                std::string_view bullet) {
    xml.open("text:list-style", {{"style:name", name}, {"style:display-name", display}});
    for (int level = 1; level <= 10; ++level) {
        const std::string number = std::to_string(level);
        if (bullet.empty()) {
            xml.open("text:list-level-style-number",
                     {{"text:level", number}, {"style:num-suffix", "."}, {"style:num-format", num_format}});
        } else {
            xml.open("text:list-level-style-bullet", {{"text:level", number}, {"text:bullet-char", bullet}});
        }
        label_alignment(xml, "listtab", kListIndentMm * level, -kListIndentMm, true);
        xml.close(bullet.empty() ? "text:list-level-style-number" : "text:list-level-style-bullet");
    }
    xml.close("text:list-style");
}

// Headings carry their numbers as text (the template decides them), so the outline has no
// numbering of its own.
void outline_style(plugin::XmlBuilder& xml) {
    xml.open("text:outline-style", {{"style:name", "Outline"}});
    for (int level = 1; level <= 10; ++level) {
        xml.open("text:outline-level-style", {{"text:level", std::to_string(level)}, {"style:num-format", ""}});
        label_alignment(xml, "nothing", 0, 0, false);
        xml.close("text:outline-level-style");
    }
    xml.close("text:outline-style");
}

void named_styles(plugin::XmlBuilder& xml, const Document& document, const Theme& theme) {
    const double width = text_width_mm(theme);
    const LanguageTag language = split_language(document.meta.language);
    const std::string body_size = pt(theme.body_size_pt);
    const std::string small_size = pt(std::max(6.0, theme.body_size_pt - 2.0));
    xml.open("office:styles");
    xml.open("style:default-style", {{"style:family", "paragraph"}});
    xml.empty("style:paragraph-properties", {{"style:tab-stop-distance", "12.5mm"}, {"style:writing-mode", "lr-tb"}});
    empty_element(xml, "style:text-properties",
                  {font(theme.body_font),
                   {"fo:font-size", body_size},
                   {"fo:language", language.language},
                   {"fo:country", language.country},
                   {"fo:color", theme.text_colour},
                   {"fo:hyphenate", "false"}});
    xml.close("style:default-style");
    xml.open("style:default-style", {{"style:family", "table"}});
    xml.empty("style:table-properties", {{"table:border-model", "collapsing"}});
    xml.close("style:default-style");

    const auto p = [&xml](StyleSpec spec) { style(xml, spec); };
    p({.name = "Standard", .style_class = "text"});
    p({.name = std::string(names::kTextBody),
       .display = "Text body",
       .parent = "Standard",
       .style_class = "text",
       .paragraph = {{"fo:margin-top", "0mm"}, {"fo:margin-bottom", "2.5mm"}, {"fo:line-height", "115%"}}});
    p({.name = "Heading",
       .parent = "Standard",
       .next = std::string(names::kTextBody),
       .style_class = "text",
       .paragraph = {{"fo:margin-top", "5mm"}, {"fo:margin-bottom", "2mm"}, {"fo:keep-with-next", "always"}},
       .text = {font(theme.heading_font), {"fo:color", theme.heading_colour}, {"fo:font-weight", "bold"}}});
    for (int level = 1; level <= 6; ++level) {
        p({.name = names::heading(level),
           .display = "Heading " + std::to_string(level),
           .parent = "Heading",
           .next = std::string(names::kTextBody),
           .style_class = "text",
           .outline_level = level,
           .text = {{"fo:font-size", pt(theme.heading_sizes_pt[level - 1])}}});
        // The same look for headings a table of contents leaves out: the table of contents
        // is built from the heading styles, and this one is not among them.
        p({.name = names::heading(level, false),
           .display = "Heading " + std::to_string(level) + " unlisted",
           .parent = names::heading(level),
           .next = std::string(names::kTextBody),
           .style_class = "text",
           .outline_level = level});
    }
    p({.name = std::string(names::kListParagraph),
       .display = "List Paragraph",
       .parent = std::string(names::kTextBody),
       .style_class = "list",
       .paragraph = {{"fo:margin-top", "0mm"}, {"fo:margin-bottom", "1.2mm"}}});
    p({.name = std::string(names::kTableContents),
       .display = "Table Contents",
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = {{"fo:margin-top", "0mm"}, {"fo:margin-bottom", "0mm"}}});
    const AttributeList bold{{"fo:font-weight", "bold"}};
    for (const auto& [name, display, text] : {
             std::tuple{names::kTableHeading, "Table Heading", bold},
             std::tuple{names::kTableSum, "Table Sum", bold},
             std::tuple{names::kTableSection, "Table Section", bold},
             std::tuple{names::kTableNote, "Table Note",
                        AttributeList{{"fo:font-style", "italic"}, {"fo:font-size", small_size}}},
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
       .paragraph = {{"fo:margin-top", "0mm"}}});
    p({.name = "Caption",
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = {{"fo:margin-top", "2mm"}, {"fo:margin-bottom", "1.5mm"}}});
    p({.name = std::string(names::kTableCaption),
       .parent = "Caption",
       .style_class = "extra",
       .paragraph = {{"fo:keep-with-next", "always"}},
       .text = bold});
    p({.name = std::string(names::kFigureCaption),
       .parent = "Caption",
       .style_class = "extra",
       .text = {{"fo:font-style", "italic"}}});
    p({.name = std::string(names::kFigureImage),
       .display = "Figure Image",
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = {{"fo:margin-top", "2mm"}, {"fo:margin-bottom", "1mm"}, {"fo:keep-with-next", "always"}}});
    p({.name = std::string(names::kSignaturePlace),
       .display = "Signature Place",
       .parent = std::string(names::kTextBody),
       .style_class = "text",
       .paragraph = {{"fo:margin-top", "6mm"}, {"fo:keep-with-next", "always"}}});
    // Room above the name to sign the printed copy.
    p({.name = std::string(names::kSignatureName),
       .display = "Signature Name",
       .parent = "Standard",
       .style_class = "text",
       .paragraph = {{"fo:margin-top", "14mm"},
                     {"fo:margin-bottom", "0mm"},
                     {"fo:margin-right", mm(std::max(0.0, width - 75.0))},
                     {"fo:padding-top", "1mm"},
                     {"fo:border-top", "0.5pt solid #000000"},
                     {"fo:keep-with-next", "always"}}});
    p({.name = std::string(names::kSignatureRole),
       .display = "Signature Role",
       .parent = "Standard",
       .style_class = "text",
       .paragraph = {{"fo:margin-top", "0mm"}, {"fo:margin-bottom", "3mm"}},
       .text = {{"fo:font-style", "italic"}}});
    p({.name = std::string(names::kFootnote),
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = {{"fo:margin-left", "5mm"}, {"fo:text-indent", "-5mm"}},
       .text = {{"fo:font-size", small_size}}});
    // Header and footer in the heading font, as in DOCX: the same look in both formats.
    const AttributeList furniture_text{font(theme.heading_font), {"fo:font-size", small_size}};
    p({.name = std::string(names::kHeader),
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = {{"fo:margin-top", "0mm"}, {"fo:margin-bottom", "0mm"}},
       .text = furniture_text,
       .tabs = right_tab(width, false)});
    p({.name = std::string(names::kFooter),
       .parent = "Standard",
       .style_class = "extra",
       .paragraph = {{"fo:margin-top", "0mm"}, {"fo:margin-bottom", "0mm"}},
       .text = furniture_text,
       .tabs = right_tab(width, false)});
    p({.name = std::string(names::kFooterCentred),
       .display = "Footer Centred",
       .parent = std::string(names::kFooter),
       .style_class = "extra",
       .paragraph = {{"fo:text-align", "center"}}});
    p({.name = std::string(names::kContentsHeading),
       .display = "Contents Heading",
       .parent = "Heading",
       .style_class = "index",
       .text = {{"fo:font-size", pt(theme.heading_sizes_pt[1])}}});
    for (int level = 1; level <= 6; ++level) {
        const double indent = 5.0 * (level - 1);
        p({.name = names::contents(level),
           .display = "Contents " + std::to_string(level),
           .parent = "Standard",
           .style_class = "index",
           .paragraph = {{"fo:margin-left", mm(indent)}, {"fo:margin-top", "0mm"}, {"fo:margin-bottom", "1.2mm"}},
           .tabs = right_tab(width - indent, true)});
    }

    const auto t = [&xml](std::string_view name, std::string_view display, AttributeList text) {
        style(xml,
              {.family = "text", .name = std::string(name), .display = std::string(display), .text = std::move(text)});
    };
    t(names::kEmphasis, "", {{"fo:font-style", "italic"}});
    t(names::kStrong, "Strong Emphasis", bold);
    const AttributeList link{{"fo:color", theme.accent_colour},
                             {"style:text-underline-style", "solid"},
                             {"style:text-underline-width", "auto"},
                             {"style:text-underline-color", "font-color"}};
    t(names::kLink, "Internet link", link);
    t(names::kVisitedLink, "Visited Internet Link", link);
    // A table of contents is a list of links that should not look like a page of links.
    t(names::kIndexLink, "Index Link", {{"style:text-underline-style", "none"}});
    t(names::kFootnoteSymbol, "Footnote Symbol", {{"style:text-position", "super 58%"}});
    t(names::kFootnoteAnchor, "Footnote anchor", {{"style:text-position", "0% 100%"}});

    outline_style(xml);
    xml.empty("text:notes-configuration", {{"text:note-class", "footnote"},
                                           {"text:citation-style-name", names::kFootnoteSymbol},
                                           {"text:citation-body-style-name", names::kFootnoteAnchor},
                                           {"text:default-style-name", names::kFootnote},
                                           {"style:num-format", "1"},
                                           {"text:start-value", "0"},
                                           {"text:footnotes-position", "page"},
                                           {"text:start-numbering-at", "document"}});
    list_style(xml, "Kansli_20_Bullet", "Kansli Bullet", "", "•");
    list_style(xml, "Kansli_20_Dash", "Kansli Dash", "", "–");
    list_style(xml, "Kansli_20_Decimal", "Kansli Decimal", "1", "");
    list_style(xml, "Kansli_20_Lower_20_Alpha", "Kansli Lower Alpha", "a", "");
    list_style(xml, "Kansli_20_Upper_20_Alpha", "Kansli Upper Alpha", "A", "");
    list_style(xml, "Kansli_20_Lower_20_Roman", "Kansli Lower Roman", "i", "");
    xml.close("office:styles");
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

void page_layout(plugin::XmlBuilder& xml, std::string_view name, const Theme& theme, bool with_header) {
    const PageLayout& page = theme.page;
    const PageFurniture f = furniture(theme);
    const double top = with_header ? std::min(kHeaderEdgeMm, page.margin_top_mm) : page.margin_top_mm;
    const double bottom = std::min(kHeaderEdgeMm, page.margin_bottom_mm);
    const double footer_height = std::max(5.0, page.margin_bottom_mm - bottom - kHeaderSpacingMm);
    xml.open("style:page-layout", {{"style:name", name}});
    xml.empty("style:page-layout-properties",
              {{"fo:page-width", mm(page.width_mm)},
               {"fo:page-height", mm(page.height_mm)},
               {"style:print-orientation", page.width_mm > page.height_mm ? "landscape" : "portrait"},
               {"fo:margin-top", mm(top)},
               {"fo:margin-bottom", mm(bottom)},
               {"fo:margin-left", mm(page.margin_left_mm)},
               {"fo:margin-right", mm(page.margin_right_mm)},
               {"style:writing-mode", "lr-tb"}});
    if (with_header) {
        xml.open("style:header-style");
        xml.empty("style:header-footer-properties",
                  {{"fo:min-height", mm(f.header_height_mm)}, {"fo:margin-bottom", mm(kHeaderSpacingMm)}});
        xml.close("style:header-style");
    }
    xml.open("style:footer-style");
    xml.empty("style:header-footer-properties",
              {{"fo:min-height", mm(footer_height)}, {"fo:margin-top", mm(kHeaderSpacingMm)}});
    xml.close("style:footer-style");
    xml.close("style:page-layout");
}

// Logo at the left margin, the organisation's name at the right: the letterhead of a Swedish
// municipality, as the DOCX writer draws it. Beside the printed name the logo has no alternative
// text (strict ODF has no decorative mark; no title is how a frame says it is decoration);
// alone, one: svg:title, the alternative text LibreOffice shows and exports.
void header(plugin::XmlBuilder& xml, const Document& document, const Theme& theme, ImageStore& images) {
    const plugin::Letterhead head = plugin::letterhead(theme, document.meta);
    const std::string& name = head.name;
    xml.open("style:header").open("text:p", {{"text:style-name", names::kHeader}});
    if (theme.logo) {
        FrameSpec spec;
        spec.name = theme.labels.logo;
        spec.style_name = "Mfr1";
        spec.href = images.add(*theme.logo);
        spec.title = head.logo_alt;
        // A letterhead logo is small: at most 60 mm wide, whatever its resolution says.
        spec.size = frame_size(*theme.logo, std::nullopt, std::min(60.0, text_width_mm(theme) / 2), 25.0);
        image_frame(xml, spec);
    }
    if (!name.empty()) xml.empty("text:tab").text(name);
    xml.close("text:p").close("style:header");
}

// The footer as the DOCX writer lays it out: "Dnr SOCN/2020:60" at the left and "Sida 3 av 12"
// at the right on one line, the theme's text (an address can be long) centred on its own
// lines below, so neither runs into the other nor pushes the page number onto a new line.
void footer(plugin::XmlBuilder& xml, const Document& document, const Theme& theme) {
    xml.open("style:footer").open("text:p", {{"text:style-name", names::kFooter}});
    if (theme.footer_dnr && !document.meta.dnr.empty()) xml.text(theme.labels.dnr + " " + document.meta.dnr);
    xml.empty("text:tab");
    xml.text(theme.labels.page).text(" ");
    xml.element("text:page-number", "1", {{"text:select-page", "current"}});
    xml.text(" ").text(theme.labels.page_of).text(" ");
    xml.element("text:page-count", "1");
    xml.close("text:p");
    if (!theme.footer_text.empty())
        xml.element("text:p", theme.footer_text, {{"text:style-name", names::kFooterCentred}});
    xml.close("style:footer");
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
    font_faces(xml, theme);
    named_styles(xml, document, theme);
    xml.open("office:automatic-styles");
    page_layout(xml, "pm1", theme, f.header);
    if (!theme.first_page_header) page_layout(xml, "pm2", theme, false);
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
