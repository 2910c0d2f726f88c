// The state one write() shares between the stories and parts of the package.
#include <type_traits>
#include <variant>

#include "docx_pages.hpp"
#include "docx_story.hpp"

namespace kansli::docx {
Shared::Shared(const Document& d, const Theme& t)
    : document(d),
      theme(t),
      page(t.page),
      bookmarks(d),
      estimated_pages(estimate_pages(d, t, page)),
      footnote_numbers(kansli::footnote_numbers(d)),
      footnote_marked(d.footnotes.size(), false) {}

std::string Shared::page_of(const std::string& id) const {
    const auto found = estimated_pages.find(id);
    return found == estimated_pages.end() ? "?" : std::to_string(found->second);
}

}  // namespace kansli::docx
