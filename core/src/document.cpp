#include "kansli/document.hpp"

#include <type_traits>

namespace kansli {

namespace {

void append_plain(const Inlines& inlines, std::string& out) {
    for (const auto& in : inlines) {
        std::visit(
            [&out](const auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, Text>) {
                    out += node.text;
                } else if constexpr (std::is_same_v<T, LineBreak>) {
                    out += ' ';
                } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                                     std::is_same_v<T, Link> || std::is_same_v<T, CrossRef>) {
                    append_plain(node.content, out);
                }
            },
            in.value);
    }
}

template <typename Visit>
void walk_blocks(const Blocks& blocks, const Visit& visit) {
    for (const auto& block : blocks) {
        visit(block);
        if (const auto* section = std::get_if<Section>(&block.value)) {
            walk_blocks(section->content, visit);
        } else if (const auto* list = std::get_if<List>(&block.value)) {
            for (const auto& item : list->items) walk_blocks(item.content, visit);
        } else if (const auto* note = std::get_if<Footnote>(&block.value)) {
            walk_blocks(note->content, visit);
        }
    }
}

}  // namespace

std::string plain_text(const Inlines& inlines) {
    std::string out;
    append_plain(inlines, out);
    return out;
}

bool Agenda::has_dnr() const {
    for (const auto& item : items)
        if (!item.dnr.empty()) return true;
    return false;
}

bool Agenda::has_refs() const {
    for (const auto& item : items)
        if (!item.ref.empty()) return true;
    return false;
}

std::vector<TocEntry> collect_toc(const Document& document, int depth) {
    std::vector<TocEntry> entries;
    walk_blocks(document.content, [&](const Block& block) {
        const auto* heading = std::get_if<Heading>(&block.value);
        if (heading == nullptr || !heading->in_toc || heading->level > depth) return;
        entries.push_back({heading->level, heading->number.value_or(""),
                           plain_text(heading->content), heading->id});
    });
    return entries;
}

std::map<std::string, const Footnote*> index_footnotes(const Document& document) {
    std::map<std::string, const Footnote*> index;
    walk_blocks(document.content, [&](const Block& block) {
        if (const auto* note = std::get_if<Footnote>(&block.value)) index[note->id] = note;
    });
    return index;
}

}  // namespace kansli
