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
                } else if constexpr (std::is_same_v<T, Abbreviation>) {
                    out += node.text;
                } else if constexpr (std::is_same_v<T, Symbol>) {
                    out += node.text;  // words read better than a glyph in a label or alt text
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

struct Walker {
    const std::function<void(const Block&)>& on_block;
    const std::function<void(const Inline&)>& on_inline;

    void inlines(const Inlines& list) const {
        for (const auto& in : list) {
            if (on_inline) on_inline(in);
            std::visit(
                [this](const auto& node) {
                    if constexpr (requires { node.content; }) inlines(node.content);
                },
                in.value);
        }
    }

    void rows(const std::vector<Row>& list) const {
        for (const auto& row : list)
            for (const auto& cell : row.cells) inlines(cell.content);
    }

    void blocks(const Blocks& list) const {
        for (const auto& block : list) {
            if (on_block) on_block(block);
            std::visit(
                [this](const auto& node) {
                    using T = std::decay_t<decltype(node)>;
                    if constexpr (std::is_same_v<T, List>) {
                        for (const auto& item : node.items) blocks(item.content);
                    } else if constexpr (std::is_same_v<T, Table>) {
                        inlines(node.caption);
                        rows(node.head);
                        rows(node.body);
                    } else if constexpr (std::is_same_v<T, Fields>) {
                        for (const auto& field : node.fields) inlines(field.value);
                    } else if constexpr (std::is_same_v<T, Agenda>) {
                        for (const auto& item : node.items) inlines(item.title);
                    } else if constexpr (std::is_same_v<T, Figure>) {
                        inlines(node.caption);
                    } else if constexpr (std::is_same_v<T, Section>) {
                        blocks(node.content);
                    } else if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>) {
                        inlines(node.content);
                    }
                },
                block.value);
        }
    }
};

}  // namespace

std::string plain_text(const Inlines& inlines) {
    std::string out;
    append_plain(inlines, out);
    return out;
}

bool is_numeric(ColumnKind kind) {
    return kind == ColumnKind::Number || kind == ColumnKind::Money || kind == ColumnKind::Percent;
}

bool Agenda::has_dnr() const {
    for (const auto& item : items)
        if (!item.dnr.empty()) return true;
    return false;
}

const std::string& Agenda::label(const Labels& labels) const { return caption.empty() ? labels.agenda : caption; }

bool Agenda::has_refs() const {
    for (const auto& item : items)
        if (!item.ref.empty()) return true;
    return false;
}

void walk(const Document& document, const std::function<void(const Block&)>& on_block,
          const std::function<void(const Inline&)>& on_inline) {
    const Walker walker{on_block, on_inline};
    walker.blocks(document.content);
    for (const Footnote& footnote : document.footnotes) walker.blocks(footnote.content);
}

std::vector<TocEntry> collect_toc(const Document& document, int depth) {
    std::vector<TocEntry> entries;
    const std::function<void(const Block&)> on_block = [&](const Block& block) {
        const auto* heading = std::get_if<Heading>(&block.value);
        if (heading == nullptr || !heading->in_toc || heading->level > depth) return;
        entries.push_back({heading->level, heading->number.value_or(""), plain_text(heading->content), heading->id});
    };
    const std::function<void(const Inline&)> no_inlines;
    Walker{on_block, no_inlines}.blocks(document.content);  // footnotes have no place in the contents
    return entries;
}

std::map<std::string, int> footnote_numbers(const Document& document) {
    std::map<std::string, int> numbers;
    for (std::size_t i = 0; i < document.footnotes.size(); ++i)
        numbers.emplace(document.footnotes[i].id, static_cast<int>(i) + 1);
    return numbers;
}

}  // namespace kansli
