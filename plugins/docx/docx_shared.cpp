// What one write() shares between the stories and parts of the package: the facts they read
// and what they accumulate.
#include <type_traits>
#include <utility>
#include <variant>

#include "docx_pages.hpp"
#include "docx_story.hpp"

namespace kansli::docx {
Facts::Facts(const Document& d, const Theme& t, std::string references)
    : document(d),
      theme(t),
      page(t.page),
      estimated_pages(estimate_pages(d, t, page)),
      footnote_numbers(kansli::footnote_numbers(d)),
      section_references(std::move(references)) {}

Accumulated::Accumulated(const Document& d) : bookmarks(d), footnote_marked(d.footnotes.size(), false) {}

std::string Facts::page_of(const std::string& id) const {
    const auto found = estimated_pages.find(id);
    return found == estimated_pages.end() ? "?" : std::to_string(found->second);
}

}  // namespace kansli::docx
