// The state one write() shares between the stories and parts of the package.
#include <type_traits>
#include <variant>

#include "docx_pages.hpp"
#include "docx_story.hpp"

namespace kansli::docx {
namespace {

PageGeometry geometry(const PageLayout& layout) {
    PageGeometry page;
    page.width = mm_to_twips(layout.width_mm);
    page.height = mm_to_twips(layout.height_mm);
    page.margin_top = mm_to_twips(layout.margin_top_mm);
    page.margin_bottom = mm_to_twips(layout.margin_bottom_mm);
    page.margin_left = mm_to_twips(layout.margin_left_mm);
    page.margin_right = mm_to_twips(layout.margin_right_mm);
    return page;
}

}  // namespace

Shared::Shared(const Document& d, const Theme& t)
    : document(d), theme(t), page(geometry(t.page)), bookmarks(d), footnotes(index_footnotes(d)) {
    estimated_pages = estimate_pages(d, t, page);
    walk(d, {}, [this](const Inline& node) {
        if (const auto* ref = std::get_if<FootnoteRef>(&node.value)) referenced_footnotes.insert(ref->id);
    });
}

std::string Shared::page_of(const std::string& id) const {
    const auto found = estimated_pages.find(id);
    return found == estimated_pages.end() ? "?" : std::to_string(found->second);
}

}  // namespace kansli::docx
