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

// Every footnote id some FootnoteRef names, anywhere (tables, lists, footnotes included).
void collect_refs(const Inlines& inlines, std::set<std::string>& ids);
void collect_refs(const Blocks& blocks, std::set<std::string>& ids);

void collect_refs(const Inlines& inlines, std::set<std::string>& ids) {
    for (const Inline& node : inlines) {
        std::visit(
            [&ids](const auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_same_v<T, FootnoteRef>) ids.insert(n.id);
                if constexpr (requires { n.content; }) collect_refs(n.content, ids);
            },
            node.value);
    }
}

void collect_rows(const std::vector<Row>& rows, std::set<std::string>& ids) {
    for (const Row& row : rows)
        for (const Cell& cell : row.cells) collect_refs(cell.content, ids);
}

void collect_refs(const Blocks& blocks, std::set<std::string>& ids) {
    for (const Block& block : blocks) {
        std::visit(
            [&ids](const auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (requires { n.content; }) collect_refs(n.content, ids);
                if constexpr (std::is_same_v<T, List>) {
                    for (const ListItem& item : n.items) collect_refs(item.content, ids);
                } else if constexpr (std::is_same_v<T, Table>) {
                    collect_refs(n.caption, ids);
                    collect_rows(n.head, ids);
                    collect_rows(n.body, ids);
                } else if constexpr (std::is_same_v<T, Fields>) {
                    for (const Field& field : n.fields) collect_refs(field.value, ids);
                } else if constexpr (std::is_same_v<T, Agenda>) {
                    for (const AgendaItem& item : n.items) collect_refs(item.title, ids);
                } else if constexpr (std::is_same_v<T, Figure>) {
                    collect_refs(n.caption, ids);
                }
            },
            block.value);
    }
}

}  // namespace

Shared::Shared(const Document& d, const Theme& t)
    : document(d), theme(t), page(geometry(t.page)), bookmarks(d), footnotes(index_footnotes(d)) {
    estimated_pages = estimate_pages(d, t, page);
    collect_refs(d.content, referenced_footnotes);
}

std::string Shared::page_of(const std::string& id) const {
    const auto found = estimated_pages.find(id);
    return found == estimated_pages.end() ? "?" : std::to_string(found->second);
}

}  // namespace kansli::docx
