// The whole writer: lay the document out until its page numbers settle, draw it, finish it.
//
// What the file promises, and why:
// - PDF/UA-1: every piece of content tagged in a structure tree in reading order, everything
//   else an artifact, alt texts, table headers with their scope, the language, the title shown
//   (validate-pdf checks every bundled example);
// - exact page numbers: the contents, cross-references and the agenda's "Sidan" print the page
//   their target really is on, because the document is laid out again until no number changes
//   (check-pages reads them back);
// - the look of the same document's DOCX: the same fonts (or their metric-compatible stand-ins),
//   sizes, spacing and page furniture;
// - the same bytes for the same input: no clock, a /ID made from the content, fixed object order.
#include <algorithm>
#include <exception>
#include <map>

#include "kansli/error.hpp"
#include "pdf_draw.hpp"
#include "pdf_engine.hpp"
#include "pdf_finish.hpp"
#include "pdf_font_maps.hpp"
#include "pdf_fonts.hpp"
#include "pdf_furniture.hpp"
#include "pdf_paginate.hpp"
#include "pdf_typesetter.hpp"

namespace kansli::pdf {
namespace {

// A document whose page numbers move every time it is laid out (a reference that pushes its own
// target to the next page) would never settle; real documents settle in two or three passes.
constexpr int kMaxPasses = 6;

bool iso_day(const std::string& date) {
    if (date.size() < 10 || date[4] != '-' || date[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (date[i] < '0' || date[i] > '9') return false;
    return true;
}

DocumentInfo document_info(const Document& document, const Theme& theme, const Styles& styles) {
    const Metadata& meta = document.meta;
    DocumentInfo info;
    info.title = meta.title.empty() ? theme.labels.untitled : meta.title;
    info.language = meta.language;
    for (const Author& author : meta.authors) {
        if (author.name.empty()) continue;
        if (!info.authors.empty()) info.authors += ", ";
        info.authors += author.name;
    }
    if (iso_day(meta.date)) info.date = meta.date.substr(0, 10);
    info.page_height = styles.page.height;
    return info;
}

std::string write_pages(const Document& document, const Theme& theme, FontMaps& font_maps) {
    const Styles styles(theme, resolve_fonts(theme));
    const FontMaps::Lease font_map = font_maps.borrow();
    TextShaper shaper(font_map.get(), document.meta.language);
    LayoutCache layouts;
    ImageCache images;
    Furniture furniture(document, theme, styles, shaper);
    std::map<std::string, int> pages;
    int page_count = 1;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        const BodyArea area = furniture.body_area(page_count);
        Typeset typeset_pass =
            typeset({document, theme, styles, shaper, layouts, images, pages, area.bottom - area.top});
        layouts.next_pass();
        Pagination pagination = paginate(typeset_pass.flow, area);
        const int count = static_cast<int>(pagination.pages.size());
        std::map<std::string, int> found = pagination.page_numbers();
        const BodyArea next_area = furniture.body_area(count);
        const bool same_area =
            next_area.top_first == area.top_first && next_area.top == area.top && next_area.bottom == area.bottom;
        const bool same_numbers =
            std::all_of(typeset_pass.printed_pages.begin(), typeset_pass.printed_pages.end(), [&](const auto& id) {
                const auto before = pages.find(id);
                const auto now = found.find(id);
                return (before == pages.end()) == (now == found.end()) &&
                       (before == pages.end() || before->second == now->second);
            });
        if (same_area && same_numbers) {
            const Drawing drawing = draw(pagination, styles, furniture, typeset_pass.tree);
            return finish_pdf(drawing, typeset_pass.tree, document_info(document, theme, styles));
        }
        pages = std::move(found);
        page_count = count;
    }
    throw Error(Error::Kind::Plugin, {},
                "PDF writer: the page numbers did not settle after " + std::to_string(kMaxPasses) +
                    " layouts (a page reference keeps moving its own target)");
}

}  // namespace

std::string write_pdf(const Document& document, const Theme& theme, FontMaps& font_maps) {
    try {
        return write_pages(document, theme, font_maps);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        // QPDF and the standard library throw their own exceptions; the caller expects a
        // kansli::Error that names the plugin.
        throw Error(Error::Kind::Plugin, {}, std::string("PDF writer: ") + e.what());
    }
}

}  // namespace kansli::pdf
