// Empty sections: a heading with nothing under it before the next heading of its level or
// above, or a <section> with no content. Optional sections are left out by the template when
// their data is missing, so a heading that is there but empty means the data was blank (white
// space or Markdown that makes no text) where the template requires text.
#include "lint_checks.hpp"
#include "text_space.hpp"

namespace kansli::lint_checks {

namespace {

bool has_content(const Block& block);

bool any_content(const Blocks& blocks) {
    for (const auto& block : blocks)
        if (has_content(block)) return true;
    return false;
}

bool has_content(const Block& block) {
    return std::visit(
        [](const auto& node) -> bool {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, PageBreak>)
                return false;
            else if constexpr (std::is_same_v<T, Paragraph>)
                return !collapsed_and_trimmed(plain_text(node.content)).empty();
            else if constexpr (std::is_same_v<T, List>) {
                for (const auto& item : node.items)
                    if (any_content(item.content)) return true;
                return false;
            } else if constexpr (std::is_same_v<T, Fields>)
                return !node.fields.empty();
            else if constexpr (std::is_same_v<T, Agenda>)
                return !node.items.empty();
            else if constexpr (std::is_same_v<T, Signatures>)
                return !node.signatures.empty();
            else if constexpr (std::is_same_v<T, Section>)
                return any_content(node.content);
            else
                return true;  // tables, figures, tables of contents
        },
        block.value);
}

std::string place(const std::string& section_id, int line) {
    return (section_id.empty() ? std::string{} : " in section " + section_id) + " (document XML line " +
           std::to_string(line) + ")";
}

void check_blocks(const Blocks& blocks, const std::string& section_id, std::vector<LintWarning>& out) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& block = blocks[i];
        if (const auto* heading = std::get_if<Heading>(&block.value)) {
            bool content = false;
            for (std::size_t j = i + 1; j < blocks.size() && !content; ++j) {
                const auto* next = std::get_if<Heading>(&blocks[j].value);
                if (next != nullptr && next->level <= heading->level) break;
                content = has_content(blocks[j]);
            }
            if (!content)
                out.push_back({"empty-section",
                               "heading \"" + collapsed_and_trimmed(plain_text(heading->content)) + "\"" +
                                   place(section_id, block.source_line),
                               "nothing under this heading before the next heading of its level"});
        } else if (const auto* section = std::get_if<Section>(&block.value)) {
            const std::string id = section->id.empty() ? section_id : section->id;
            if (!any_content(section->content))
                out.push_back({"empty-section",
                               "section" + (section->role.empty() ? std::string{} : " role=" + section->role) +
                                   place(id, block.source_line),
                               "the section has no content"});
            else
                check_blocks(section->content, id, out);
        } else if (const auto* list = std::get_if<List>(&block.value)) {
            for (const auto& item : list->items) check_blocks(item.content, section_id, out);
        }
    }
}

}  // namespace

void empty_sections(const Document& document, std::vector<LintWarning>& out) {
    check_blocks(document.content, {}, out);
    for (const Footnote& footnote : document.footnotes) check_blocks(footnote.content, {}, out);
}

}  // namespace kansli::lint_checks
