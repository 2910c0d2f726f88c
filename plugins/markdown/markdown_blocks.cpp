// Blocks other than tables, and the document around them.
#include <algorithm>
#include <string>
#include <variant>

#include "data_uri.hpp"
#include "markdown_render.hpp"

namespace kansli::markdown {

Renderer::Renderer(const Document& document, const Theme& theme)
    : document_(document), theme_(theme), footnote_numbers_(footnote_numbers(document)) {}

// The title is the one level-1 heading; the document's own headings go one level down, as on
// the web page. Footnote definitions close the text.
std::string Renderer::render() {
    std::string out;
    if (!document_.meta.title.empty()) {
        bool line_start = false;
        out += "# ";
        append_escaped(out, document_.meta.title, InlineContext::Block, line_start);
        out += "\n\n";
        heading_shift_ = 1;
    }
    if (!document_.meta.subtitle.empty()) {
        bool line_start = true;
        append_escaped(out, document_.meta.subtitle, InlineContext::Block, line_start);
        out += "\n\n";
    }
    out += blocks(document_.content);
    out += footnote_definitions();
    while (out.size() > 1 && out.back() == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

std::string Renderer::blocks(const Blocks& content) {
    std::string out;
    for (const Block& b : content) {
        std::string text = block(b);
        if (text.empty()) continue;
        if (!out.empty()) out += '\n';
        out += text;
    }
    return out;
}

std::string Renderer::block(const Block& b) {
    return std::visit([this](const auto& node) { return write_block(node); }, b.value);
}

std::string Renderer::write_block(const Heading& heading) {
    const int level = std::clamp(heading.level + heading_shift_, 1, 6);
    std::string out(static_cast<std::size_t>(level), '#');
    out += ' ';
    if (heading.number && !heading.number->empty()) {
        bool line_start = false;
        append_escaped(out, *heading.number, InlineContext::Block, line_start);
        out += ' ';
    }
    // A heading is one line: a hard break inside it becomes a space.
    std::string text = inlines(heading.content);
    for (auto at = text.find("\\\n"); at != std::string::npos; at = text.find("\\\n", at)) text.replace(at, 2, " ");
    return out + text + "\n";
}

std::string Renderer::write_block(const Paragraph& paragraph) {
    const std::string text = inlines(paragraph.content);
    return text.empty() ? std::string() : text + "\n";
}

// Markdown has decimal and bullet markers only: letters and roman numerals become decimals
// (the order is kept), a dash becomes a bullet. A list whose items are each one paragraph
// (perhaps with nested lists) is tight, as the HTML writer makes it; otherwise loose.
std::string Renderer::write_block(const List& list) {
    const bool tight = std::all_of(list.items.begin(), list.items.end(), [](const ListItem& item) {
        for (std::size_t i = 0; i < item.content.size(); ++i) {
            const auto& value = item.content[i].value;
            if (i == 0 ? !std::holds_alternative<Paragraph>(value) : !std::holds_alternative<List>(value)) return false;
        }
        return true;
    });
    std::string out;
    int number = list.start;
    for (const ListItem& item : list.items) {
        const std::string marker = list.ordered ? std::to_string(number++) + ". " : "- ";
        std::string content = blocks(item.content);
        if (tight) {  // no blank line between an item's paragraph and its nested list
            for (auto at = content.find("\n\n"); at != std::string::npos; at = content.find("\n\n", at))
                content.erase(at, 1);
        }
        if (content.empty()) content = "\n";
        if (!out.empty() && !tight) out += '\n';
        out += indent(content, marker, marker.size());
    }
    return out;
}

// Label–value pairs, one per line: "**Diarienummer:** KS 2021/12".
std::string Renderer::write_block(const Fields& fields) {
    std::string out;
    for (const Field& field : fields.fields) {
        if (!out.empty()) out += "\\\n";
        bool line_start = false;
        out += "**";
        append_escaped(out, field.label, InlineContext::Block, line_start);
        out += ":** ";
        out += inlines(field.value);
    }
    return out.empty() ? out : out + "\n";
}

// The place and date line, then each signatory's name with the role on the next line.
std::string Renderer::write_block(const Signatures& signatures) {
    std::string out;
    bool line_start = true;
    if (!signatures.dateline.empty()) {
        append_escaped(out, signatures.dateline, InlineContext::Block, line_start);
        out += "\n";
    }
    for (const Signature& signature : signatures.signatures) {
        if (!out.empty()) out += "\n";
        line_start = true;
        append_escaped(out, signature.name, InlineContext::Block, line_start);
        if (!signature.role.empty()) {
            out += "\\\n";
            line_start = true;
            append_escaped(out, signature.role, InlineContext::Block, line_start);
        }
        out += "\n";
    }
    return out;
}

// The image travels inside the text as a data: URI, so the file stands alone like the HTML page.
std::string Renderer::write_block(const Figure& figure) {
    std::string out = "![";
    bool line_start = false;
    append_escaped(out, figure.alt, InlineContext::Block, line_start);
    out += "](" + plugin::data_uri(figure.image) + ")\n";
    if (!figure.caption.empty()) out += "\n*" + inlines(figure.caption) + "*\n";
    return out;
}

// A screen has no pages.
std::string Renderer::write_block(const PageBreak&) { return {}; }

// The contents as a nested list of heading texts (not links: Markdown has no portable anchors).
std::string Renderer::write_block(const TableOfContents& toc) {
    const auto entries = collect_toc(document_, toc.depth);
    std::string out = "**";
    bool line_start = false;
    append_escaped(out, toc.title, InlineContext::Block, line_start);
    out += "**\n";
    if (entries.empty()) return out;
    out += '\n';
    std::vector<int> levels;  // the heading level of each open list
    for (const TocEntry& entry : entries) {
        while (!levels.empty() && entry.level < levels.back()) levels.pop_back();
        if (levels.empty() || entry.level > levels.back()) levels.push_back(entry.level);
        out += std::string((levels.size() - 1) * 2, ' ') + "- ";
        line_start = false;
        if (!entry.number.empty()) {
            append_escaped(out, entry.number, InlineContext::Block, line_start);
            out += ' ';
        }
        append_escaped(out, entry.text, InlineContext::Block, line_start);
        out += '\n';
    }
    return out;
}

std::string Renderer::write_block(const Section& section) { return blocks(section.content); }

// "[^1]: text", further lines and paragraphs indented four spaces; in number order.
std::string Renderer::footnote_definitions() {
    std::string out;
    for (std::size_t i = 0; i < document_.footnotes.size(); ++i) {
        std::string content = blocks(document_.footnotes[i].content);
        if (content.empty()) content = "\n";
        out += '\n' + indent(content, "[^" + std::to_string(i + 1) + "]: ", 4);
    }
    return out;
}

}  // namespace kansli::markdown
