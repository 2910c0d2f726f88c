#include "odt_auto_styles.hpp"

#include <functional>

#include "odt_units.hpp"

namespace kansli::odt {
namespace {

std::string_view fo_align(Align align) {
    switch (align) {
        case Align::Left:
            return "start";
        case Align::Center:
            return "center";
        case Align::Right:
            return "end";
        case Align::Default:
            break;
    }
    return {};
}

// The names' prefixes by style family, as the writer has always named them (a language is
// the only automatic text style).
std::string_view name_prefix(std::string_view family) {
    if (family == "paragraph") return "P";
    if (family == "table") return "Tbl";
    if (family == "table-column") return "Col";
    if (family == "table-row") return "Row";
    if (family == "table-cell") return "Cell";
    if (family == "graphic") return "fr";
    if (family == "section") return "Sect";
    return "Lang";
}

}  // namespace

std::size_t AutoStyles::StyleHash::operator()(const Style& style) const noexcept {
    std::size_t hash = 0;
    const auto mix = [&hash](std::string_view text) {
        hash ^= std::hash<std::string_view>{}(text) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
    };
    mix(style.family);
    mix(style.parent);
    mix(style.master_page);
    for (const auto& attribute : style.attributes) mix(attribute.second);
    if (style.tab_stops)
        for (const std::string& position : *style.tab_stops) mix(position);
    for (const auto& attribute : style.columns) mix(attribute.second);
    return hash;
}

const std::string& AutoStyles::intern(Style style) {
    if (const auto found = names_.find(style); found != names_.end()) return found->second;
    const std::string_view family = style.family;
    std::string name = std::string(name_prefix(family)) + std::to_string(++counters_[family]);
    const auto added = names_.emplace(std::move(style), std::move(name)).first;
    in_order_.push_back(&*added);  // elements of an unordered_map stay where they are on rehash
    return added->second;
}

std::string AutoStyles::paragraph(std::string_view parent, Align align, bool break_before,
                                  std::string_view master_page) {
    const std::string_view text_align = fo_align(align);
    if (text_align.empty() && !break_before && master_page.empty()) return std::string(parent);
    Style style{.family = "paragraph",
                .parent = std::string(parent),
                .master_page = std::string(master_page),
                .properties = "style:paragraph-properties"};
    style.attributes.reserve(2);
    if (!text_align.empty()) style.attributes.emplace_back("fo:text-align", text_align);
    if (break_before) style.attributes.emplace_back("fo:break-before", "page");
    return intern(std::move(style));
}

std::string AutoStyles::tabbed_paragraph(std::string_view parent, const std::vector<double>& tabs_mm, double hanging_mm,
                                         double space_below_mm) {
    Style style{.family = "paragraph",
                .parent = std::string(parent),
                .properties = "style:paragraph-properties",
                .attributes = {{"fo:margin-bottom", mm(space_below_mm)}},
                .tab_stops = std::vector<std::string>{}};
    if (hanging_mm > 0) {
        style.attributes.emplace_back("fo:margin-left", mm(hanging_mm));
        style.attributes.emplace_back("fo:text-indent", mm(-hanging_mm));
    }
    for (const double tab : tabs_mm) style.tab_stops->push_back(mm(tab));
    return intern(std::move(style));
}

std::string AutoStyles::table(double width_mm, bool break_before, std::string_view master_page) {
    Style style{.family = "table",
                .master_page = std::string(master_page),
                .properties = "style:table-properties",
                .attributes = {{"style:width", mm(width_mm)},
                               {"table:align", "margins"},
                               {"fo:margin-top", "1mm"},
                               {"fo:margin-bottom", "3mm"}}};
    if (break_before) style.attributes.emplace_back("fo:break-before", "page");
    return intern(std::move(style));
}

std::string AutoStyles::column(double width_mm, long relative_width) {
    return intern({.family = "table-column",
                   .properties = "style:table-column-properties",
                   .attributes = {{"style:column-width", mm(width_mm)},
                                  {"style:rel-column-width", std::to_string(relative_width) + "*"}}});
}

std::string AutoStyles::row(bool keep_together) {
    return intern({.family = "table-row",
                   .properties = "style:table-row-properties",
                   .attributes = {{"fo:keep-together", keep_together ? "always" : "auto"}}});
}

std::string AutoStyles::cell(CellLook look) {
    std::string& name = cell_names_[static_cast<std::size_t>(look)];
    if (!name.empty()) return name;
    constexpr std::string_view thin = "0.5pt solid #000000";
    constexpr std::string_view hair = "0.25pt solid #a6a6a6";
    AttributeList properties{{"fo:padding-top", "0.8mm"},
                             {"fo:padding-bottom", "0.8mm"},
                             {"fo:padding-left", "1.2mm"},
                             {"fo:padding-right", "1.2mm"},
                             {"style:vertical-align", "top"}};
    const auto borders = [&properties](std::string_view top, std::string_view bottom) {
        properties.emplace_back("fo:border-top", top);
        properties.emplace_back("fo:border-bottom", bottom);
        properties.emplace_back("fo:border-left", "none");
        properties.emplace_back("fo:border-right", "none");
    };
    switch (look) {
        case CellLook::Head:
            properties.emplace_back("fo:background-color", header_background_);
            borders(thin, thin);
            break;
        case CellLook::Body:
            borders("none", hair);
            break;
        case CellLook::Section:
            properties.emplace_back("fo:background-color", "#f2f2f2");
            borders("none", hair);
            break;
        case CellLook::Sum:
            borders(thin, thin);
            break;
        case CellLook::Plain:
            properties = {{"fo:padding-top", "0.5mm"}, {"fo:padding-bottom", "0.5mm"},  {"fo:padding-left", "0mm"},
                          {"fo:padding-right", "2mm"}, {"style:vertical-align", "top"}, {"fo:border", "none"}};
            break;
    }
    name = intern(
        {.family = "table-cell", .properties = "style:table-cell-properties", .attributes = std::move(properties)});
    return name;
}

std::string AutoStyles::image_frame() {
    return intern({.family = "graphic",
                   .properties = "style:graphic-properties",
                   .attributes = {{"style:vertical-pos", "top"},
                                  {"style:vertical-rel", "baseline"},
                                  {"fo:border", "none"},
                                  {"fo:padding", "0mm"}}});
}

std::string AutoStyles::toc_section() {
    return intern(
        {.family = "section", .properties = "style:section-properties", .attributes = {{"style:editable", "false"}}});
}

std::string AutoStyles::text_language(std::string_view language, std::string_view country) {
    Style style{.family = "text",
                .properties = "style:text-properties",
                .attributes = {{"fo:language", std::string(language)}}};
    // ODF wants 1 to 8 letters or digits in fo:country: no region, no attribute.
    if (!country.empty()) style.attributes.emplace_back("fo:country", country);
    return intern(std::move(style));
}

void AutoStyles::write(plugin::XmlBuilder& xml, const Style& style, const std::string& name) {
    xml.open("style:style", {{"style:name", name}, {"style:family", style.family}});
    if (!style.parent.empty()) xml.attribute("style:parent-style-name", style.parent);
    if (!style.master_page.empty()) xml.attribute("style:master-page-name", style.master_page);
    xml.open(style.properties);
    add_attributes(xml, style.attributes);
    if (!style.columns.empty()) {
        empty_element(xml, "style:columns", style.columns);
        xml.close(style.properties);
    } else if (!style.tab_stops) {
        xml.close_empty();
    } else {
        if (!style.tab_stops->empty()) {
            xml.open("style:tab-stops");
            for (const std::string& position : *style.tab_stops)
                xml.empty("style:tab-stop", {{"style:position", position}});
            xml.close("style:tab-stops");
        }
        xml.close(style.properties);
    }
    xml.close("style:style");
}

std::string AutoStyles::columns_section(int columns, double gap_mm) {
    return intern({.family = "section",
                   .properties = "style:section-properties",
                   .columns = {{"fo:column-count", std::to_string(columns)}, {"fo:column-gap", mm(gap_mm)}}});
}

std::string AutoStyles::column_start_paragraph(std::string_view parent, double space_below_mm) {
    return intern({.family = "paragraph",
                   .parent = std::string(parent),
                   .properties = "style:paragraph-properties",
                   .attributes = {{"fo:margin-bottom", mm(space_below_mm)}, {"fo:break-before", "column"}}});
}

std::string AutoStyles::xml() const {
    plugin::XmlBuilder xml;
    for (const Names::value_type* style : in_order_) write(xml, style->first, style->second);
    return xml.finish();
}

}  // namespace kansli::odt
