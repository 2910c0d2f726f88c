// Bold paragraphs posing as headings: a paragraph that is nothing but strong text ("Analys",
// "Bilagor", "Beslutet skickas till:") looks like a heading, yet a screen reader's list of
// headings, a document's navigation pane and the table of contents do not know it as one.
#include "lint_checks.hpp"
#include "text_space.hpp"

namespace kansli::lint_checks {

namespace {

// The text of a paragraph that is one strong run and nothing else but white space; empty
// otherwise.
std::string strong_only_text(const Paragraph& paragraph) {
    const Strong* strong = nullptr;
    for (const Inline& piece : paragraph.content) {
        if (const auto* text = std::get_if<Text>(&piece.value)) {
            if (!collapsed_and_trimmed(text->text).empty()) return {};
        } else if (const auto* s = std::get_if<Strong>(&piece.value); s != nullptr && strong == nullptr) {
            strong = s;
        } else {
            return {};
        }
    }
    return strong == nullptr ? std::string{} : collapsed_and_trimmed(plain_text(strong->content));
}

void check_blocks(const Blocks& blocks, std::vector<LintWarning>& out) {
    for (const Block& block : blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block.value)) {
            if (const std::string text = strong_only_text(*paragraph); !text.empty())
                out.push_back(
                    {"bold-heading",
                     "paragraph \"" + text + "\" (document XML line " + std::to_string(block.source_line) + ")",
                     "a paragraph of bold text only looks like a heading but is not one: use a heading "
                     "(<heading>, or # in Markdown)"});
        } else if (const auto* section = std::get_if<Section>(&block.value)) {
            check_blocks(section->content, out);
        }
        // A list item in bold is an item stressed, not a heading: lists are not looked into.
    }
}

}  // namespace

void bold_headings(const Document& document, std::vector<LintWarning>& out) {
    check_blocks(document.content, out);
    for (const Footnote& footnote : document.footnotes) check_blocks(footnote.content, out);
}

}  // namespace kansli::lint_checks
