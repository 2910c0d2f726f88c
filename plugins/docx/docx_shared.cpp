// The state one write() shares between the stories and parts of the package.
#include <type_traits>
#include <variant>

#include "docx_pages.hpp"
#include "docx_story.hpp"

namespace kansli::docx {
Shared::Shared(const Document& d, const Theme& t)
    : document(d), theme(t), page(t.page), bookmarks(d), footnotes(index_footnotes(d)) {
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
