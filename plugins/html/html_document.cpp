// The page around the content: head, banner, title, footnotes and footer; plus the
// bookkeeping every part shares (ids, footnote numbers, escaping into the buffer).
#include <span>
#include <string>
#include <variant>

#include "data_uri.hpp"
#include "html_escape.hpp"
#include "html_render.hpp"
#include "html_style.hpp"

namespace kansli::html {
namespace {

// The level of the first heading, looking into sections; 0 when there is none.
int first_heading_level(const Blocks& blocks) {
    for (const Block& block : blocks) {
        if (const auto* heading = std::get_if<Heading>(&block.value)) return heading->level;
        if (const auto* section = std::get_if<Section>(&block.value)) {
            if (int level = first_heading_level(section->content)) return level;
        }
    }
    return 0;
}

// The primary language subtag: "sv-SE" → "sv". The page is Swedish unless the document says
// otherwise; a value that is not a language tag falls back to Swedish rather than making
// the page fail validation.
std::string html_language(const std::string& tag) {
    std::string primary = tag.substr(0, tag.find('-'));
    for (char& c : primary) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c < 'a' || c > 'z') return "sv";
    }
    return primary.size() >= 2 && primary.size() <= 8 ? primary : "sv";
}

}  // namespace

Renderer::Renderer(const Document& document, const Theme& theme)
    : document_(document), theme_(theme), note_numbers_(footnote_numbers(document)) {
    for (const auto& [id, target] : document.anchors) ids_.reserve(id);
    for (std::size_t i = 0; i < document.footnotes.size(); ++i) notes_.push_back({static_cast<int>(i) + 1, {}, {}});
    // Ids the document itself puts on elements. Generated ids ("innehall", "fn-…") must not
    // collide with any of them, whatever a template chose.
    walk(
        document,
        [this](const Block& block) {
            std::visit(
                [this](const auto& n) {
                    if constexpr (requires { n.id; }) {
                        if (!n.id.empty()) ids_.reserve(n.id);
                    }
                },
                block.value);
        },
        [this](const Inline& node) {
            if (const auto* anchor = std::get_if<Anchor>(&node.value)) ids_.reserve(anchor->id);
        });
    main_id_ = new_id("innehall");
    footnotes_heading_id_ = new_id("fotnoter");
}

std::string Renderer::render() {
    raw("<!DOCTYPE html>\n<html lang=\"");
    text(html_language(document_.meta.language));
    raw("\">\n");
    head();
    raw("<body>\n<a class=\"skip-link\" href=\"#");
    text(main_id_);
    raw("\">");
    text(theme_.labels.skip_link);
    raw("</a>\n");
    page_header();
    // tabindex="-1" lets the skip link move keyboard focus, not only the scroll position.
    raw("<main id=\"");
    text(main_id_);
    raw("\" tabindex=\"-1\">\n");
    title_heading();
    blocks(document_.content);
    footnotes_section();
    raw("</main>\n");
    page_footer();
    if (!region_names_.empty()) table_region_script();
    raw("</body>\n</html>\n");
    return std::move(out_);
}

void Renderer::head() {
    const Metadata& meta = document_.meta;
    raw("<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    text(meta.title.empty() ? theme_.labels.untitled : meta.title);  // an empty <title> is not valid HTML
    raw("</title>\n");
    for (const Author& author : meta.authors) {
        if (author.name.empty()) continue;
        raw("<meta name=\"author\"");
        attribute("content", author.name);
        raw(">\n");
    }
    if (!meta.subtitle.empty()) {
        raw("<meta name=\"description\"");
        attribute("content", meta.subtitle);
        raw(">\n");
    }
    // The stylesheet is built from characters it controls (colours and font names are checked
    // there), so it is not escaped: escaping would break CSS strings and selectors.
    raw("<style>\n");
    raw(stylesheet(theme_));
    raw("</style>\n</head>\n");
}

// The banner that a printed page carries in its header: logo and organisation. Left out when
// the theme has neither, so the page has no empty landmark.
void Renderer::page_header() {
    if (!theme_.logo && theme_.header_text.empty()) return;
    raw("<header class=\"page-header\">\n");
    if (theme_.logo) {
        const Image& logo = *theme_.logo;
        raw("<img");
        attribute("src", plugin::data_uri(logo));
        // Without alt text from the theme the logo is decoration: the header text (or the
        // title) names the organisation, and a file name read aloud helps no one.
        attribute("alt", theme_.logo_alt);
        if (logo.pixel_width > 0 && logo.pixel_height > 0) {
            attribute("width", std::to_string(logo.pixel_width));
            attribute("height", std::to_string(logo.pixel_height));
        }
        raw(">\n");
    }
    if (!theme_.header_text.empty()) {
        raw("<p>");
        text(theme_.header_text);
        raw("</p>\n");
    }
    raw("</header>\n");
}

// One <h1> per page. Templates usually open with their own level-1 heading (the meeting, the
// memo's subject); writing the title as well would give the page two <h1>s saying nearly the
// same. So the title becomes the <h1> only when the first heading in the document (looking
// into sections) is not level 1 or there is no heading at all; headings that follow are then
// placed below it. A table of contents before the first heading does not count: its own
// heading is always an <h2>.
void Renderer::title_heading() {
    if (first_heading_level(document_.content) == 1) return;
    const Metadata& meta = document_.meta;
    raw("<h1>");
    text(meta.title.empty() ? theme_.labels.untitled : meta.title);
    raw("</h1>\n");
    if (!meta.subtitle.empty()) {
        raw("<p class=\"subtitle\">");
        text(meta.subtitle);
        raw("</p>\n");
    }
    heading_base_ = 1;
}

// The ids of a footnote's <li> are made at its first reference, so they follow the order of
// the text.
Renderer::Note& Renderer::note_for(const std::string& footnote_id) {
    Note& note = notes_[static_cast<std::size_t>(note_numbers_.at(footnote_id) - 1)];
    if (note.id.empty()) note.id = new_id("fn-" + footnote_id);
    return note;
}

// Footnotes in number order, at the end of <main> (the web has no page foot). The heading is
// there for screen-reader users who navigate by headings, and is what each reference's
// aria-describedby names.
void Renderer::footnotes_section() {
    if (notes_.empty()) return;
    raw("<section class=\"footnotes\"");
    attribute("aria-labelledby", footnotes_heading_id_);
    raw(">\n<h2 class=\"visually-hidden\"");
    attribute("id", footnotes_heading_id_);
    raw(">");
    text(theme_.labels.footnotes);
    raw("</h2>\n<ol>\n");
    for (std::size_t i = 0; i < notes_.size(); ++i) footnote_item(i);
    raw("</ol>\n</section>\n");
}

void Renderer::footnote_item(std::size_t index) {
    const Note& note = notes_[index];
    const Blocks& content = document_.footnotes[index].content;
    raw("<li");
    attribute("id", note.id);
    raw(">");
    std::string back;
    if (!note.first_ref_id.empty()) {
        // Visible "Tillbaka"; the hidden rest makes each back link's name unique.
        back = "<a class=\"footnote-back\" href=\"#" + escaped(note.first_ref_id) + "\">" +
               escaped(theme_.labels.back) + "<span class=\"visually-hidden\"> " +
               escaped(theme_.labels.back_to_reference) + " " + std::to_string(note.number) + "</span></a>";
    }
    const Paragraph* last = content.empty() ? nullptr : std::get_if<Paragraph>(&content.back().value);
    if (last != nullptr) {
        // The back link goes at the end of the last paragraph, as is usual for footnotes.
        blocks(std::span(content).first(content.size() - 1));
        paragraph(*last, back.empty() ? "" : " " + back);
    } else {
        blocks(content);
        if (!back.empty()) raw("<p>" + back + "</p>\n");
    }
    raw("</li>\n");
}

void Renderer::page_footer() {
    const Metadata& meta = document_.meta;
    std::vector<std::string> lines;
    if (!meta.organisation.empty()) lines.push_back(meta.organisation);
    if (theme_.footer_dnr && !meta.dnr.empty()) lines.push_back(theme_.labels.dnr + " " + meta.dnr);
    if (!theme_.footer_text.empty()) lines.push_back(theme_.footer_text);
    if (lines.empty()) return;
    raw("<footer class=\"page-footer\">\n");
    for (const std::string& line : lines) {
        raw("<p>");
        text(line);
        raw("</p>\n");
    }
    raw("</footer>\n");
}

void Renderer::text(std::string_view text) { append_escaped(out_, text); }

void Renderer::attribute(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    append_escaped(out_, value);
    out_ += '"';
}

std::string Renderer::new_id(std::string_view base) { return ids_.claim(base); }

}  // namespace kansli::html
