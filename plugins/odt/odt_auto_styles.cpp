#include "odt_auto_styles.hpp"

#include "kansli/xml_text.hpp"
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

}  // namespace

template <typename MakeBody>
std::string AutoStyles::intern(const std::string& key, std::string_view prefix, MakeBody make_body) {
    if (const auto found = names_.find(key); found != names_.end()) return found->second;
    const std::string name = std::string(prefix) + std::to_string(++counters_[std::string(prefix)]);
    std::string xml = make_body();
    const std::string marker = "@NAME@";
    xml.replace(xml.find(marker), marker.size(), name);
    styles_.push_back(std::move(xml));
    names_.emplace(key, name);
    return name;
}

std::string AutoStyles::paragraph(std::string_view parent, Align align, bool break_before,
                                  std::string_view master_page) {
    const std::string_view text_align = fo_align(align);
    if (text_align.empty() && !break_before && master_page.empty()) return std::string(parent);
    const std::string key = "P|" + std::string(parent) + "|" + std::string(text_align) + "|" +
                            (break_before ? "b" : "") + "|" + std::string(master_page);
    return intern(key, "P", [&] {
        std::string xml = "<style:style style:name=\"@NAME@\" style:family=\"paragraph\" style:parent-style-name=\"" +
                          escape_xml(parent) + "\"";
        if (!master_page.empty()) xml += " style:master-page-name=\"" + escape_xml(master_page) + "\"";
        xml += "><style:paragraph-properties";
        if (!text_align.empty()) xml += " fo:text-align=\"" + std::string(text_align) + "\"";
        if (break_before) xml += " fo:break-before=\"page\"";
        xml += "/></style:style>";
        return xml;
    });
}

std::string AutoStyles::tabbed_paragraph(std::string_view parent, const std::vector<double>& tabs_mm, double hanging_mm,
                                         double space_below_mm) {
    std::string key = "PT|" + std::string(parent) + "|" + mm(hanging_mm) + "|" + mm(space_below_mm);
    std::string tabs;
    for (const double tab : tabs_mm) {
        key += "|" + mm(tab);
        tabs += "<style:tab-stop style:position=\"" + mm(tab) + "\"/>";
    }
    return intern(key, "P", [&] {
        std::string xml = "<style:style style:name=\"@NAME@\" style:family=\"paragraph\" style:parent-style-name=\"" +
                          escape_xml(parent) + "\"><style:paragraph-properties fo:margin-bottom=\"" +
                          mm(space_below_mm) + "\"";
        if (hanging_mm > 0)
            xml += " fo:margin-left=\"" + mm(hanging_mm) + "\" fo:text-indent=\"" + mm(-hanging_mm) + "\"";
        xml += ">";
        if (!tabs.empty()) xml += "<style:tab-stops>" + tabs + "</style:tab-stops>";
        xml += "</style:paragraph-properties></style:style>";
        return xml;
    });
}

std::string AutoStyles::table(double width_mm, bool break_before, std::string_view master_page) {
    const std::string key = "T|" + mm(width_mm) + "|" + (break_before ? "b" : "") + "|" + std::string(master_page);
    return intern(key, "Tbl", [&] {
        std::string xml = "<style:style style:name=\"@NAME@\" style:family=\"table\"";
        if (!master_page.empty()) xml += " style:master-page-name=\"" + escape_xml(master_page) + "\"";
        xml += "><style:table-properties style:width=\"" + mm(width_mm) +
               "\" table:align=\"margins\" fo:margin-top=\"1mm\" fo:margin-bottom=\"3mm\"";
        if (break_before) xml += " fo:break-before=\"page\"";
        xml += "/></style:style>";
        return xml;
    });
}

std::string AutoStyles::column(double width_mm, long relative_width) {
    const std::string key = "C|" + mm(width_mm) + "|" + std::to_string(relative_width);
    return intern(key, "Col", [&] {
        return "<style:style style:name=\"@NAME@\" style:family=\"table-column\"><style:table-column-properties "
               "style:column-width=\"" +
               mm(width_mm) + "\" style:rel-column-width=\"" + std::to_string(relative_width) + "*\"/></style:style>";
    });
}

std::string AutoStyles::row(bool keep_together) {
    return intern(keep_together ? "R|keep" : "R|split", "Row", [&] {
        return std::string(
                   "<style:style style:name=\"@NAME@\" style:family=\"table-row\"><style:table-row-properties "
                   "fo:keep-together=\"") +
               (keep_together ? "always" : "auto") + "\"/></style:style>";
    });
}

std::string AutoStyles::cell(CellLook look) {
    static constexpr std::string_view kKeys[] = {"Cell|head", "Cell|body", "Cell|section", "Cell|sum", "Cell|plain"};
    return intern(std::string(kKeys[static_cast<std::size_t>(look)]), "Cell", [&] {
        constexpr std::string_view thin = "0.5pt solid #000000";
        constexpr std::string_view hair = "0.25pt solid #a6a6a6";
        std::string properties =
            "fo:padding-top=\"0.8mm\" fo:padding-bottom=\"0.8mm\" fo:padding-left=\"1.2mm\" "
            "fo:padding-right=\"1.2mm\" style:vertical-align=\"top\"";
        switch (look) {
            case CellLook::Head:
                properties += " fo:background-color=\"" + escape_xml(header_background_) + "\" fo:border-top=\"" +
                              std::string(thin) + "\" fo:border-bottom=\"" + std::string(thin) +
                              "\" fo:border-left=\"none\" fo:border-right=\"none\"";
                break;
            case CellLook::Body:
                properties += " fo:border-top=\"none\" fo:border-bottom=\"" + std::string(hair) +
                              "\" fo:border-left=\"none\" fo:border-right=\"none\"";
                break;
            case CellLook::Section:
                properties += " fo:background-color=\"#f2f2f2\" fo:border-top=\"none\" fo:border-bottom=\"" +
                              std::string(hair) + "\" fo:border-left=\"none\" fo:border-right=\"none\"";
                break;
            case CellLook::Sum:
                properties += " fo:border-top=\"" + std::string(thin) + "\" fo:border-bottom=\"" + std::string(thin) +
                              "\" fo:border-left=\"none\" fo:border-right=\"none\"";
                break;
            case CellLook::Plain:
                properties =
                    "fo:padding-top=\"0.5mm\" fo:padding-bottom=\"0.5mm\" fo:padding-left=\"0mm\" "
                    "fo:padding-right=\"2mm\" style:vertical-align=\"top\" fo:border=\"none\"";
                break;
        }
        return "<style:style style:name=\"@NAME@\" style:family=\"table-cell\"><style:table-cell-properties " +
               properties + "/></style:style>";
    });
}

std::string AutoStyles::image_frame() {
    return intern("G|image", "fr", [] {
        return std::string(
            "<style:style style:name=\"@NAME@\" style:family=\"graphic\"><style:graphic-properties "
            "style:vertical-pos=\"top\" style:vertical-rel=\"baseline\" fo:border=\"none\" "
            "fo:padding=\"0mm\"/></style:style>");
    });
}

std::string AutoStyles::toc_section() {
    return intern("S|toc", "Sect", [] {
        return std::string(
            "<style:style style:name=\"@NAME@\" style:family=\"section\"><style:section-properties "
            "style:editable=\"false\"/></style:style>");
    });
}

std::string AutoStyles::text_language(std::string_view language, std::string_view country) {
    const std::string key = "L|" + std::string(language) + "|" + std::string(country);
    return intern(key, "Lang", [&] {
        std::string xml =
            "<style:style style:name=\"@NAME@\" style:family=\"text\"><style:text-properties "
            "fo:language=\"" +
            escape_xml(language) + "\"";
        // ODF wants 1 to 8 letters or digits in fo:country: no region, no attribute.
        if (!country.empty()) xml += " fo:country=\"" + escape_xml(country) + "\"";
        return xml + "/></style:style>";
    });
}

std::string AutoStyles::columns_section(int columns, double gap_mm) {
    return intern("S|columns|" + std::to_string(columns) + "|" + mm(gap_mm), "Sect", [&] {
        return "<style:style style:name=\"@NAME@\" style:family=\"section\"><style:section-properties>"
               "<style:columns fo:column-count=\"" +
               std::to_string(columns) + "\" fo:column-gap=\"" + mm(gap_mm) +
               "\"/></style:section-properties></style:style>";
    });
}

std::string AutoStyles::column_start_paragraph(std::string_view parent, double space_below_mm) {
    return intern("PC|" + std::string(parent) + "|" + mm(space_below_mm), "P", [&] {
        return "<style:style style:name=\"@NAME@\" style:family=\"paragraph\" style:parent-style-name=\"" +
               escape_xml(parent) + "\"><style:paragraph-properties fo:margin-bottom=\"" + mm(space_below_mm) +
               "\" fo:break-before=\"column\"/></style:style>";
    });
}

std::string AutoStyles::xml() const {
    std::string out;
    for (const std::string& style : styles_) out += style;
    return out;
}

}  // namespace kansli::odt
