// Inlines: one function per kind, chosen by std::visit in inlines().
#include <algorithm>
#include <string>
#include <variant>

#include "html_escape.hpp"
#include "html_render.hpp"

namespace kansli::html {
void Renderer::inlines(const Inlines& content) {
    for (const Inline& node : content) std::visit([this](const auto& n) { write_inline(n); }, node.value);
}

void Renderer::write_inline(const Text& t) { text(t.text); }

void Renderer::write_inline(const Emphasis& emphasis) {
    raw("<em>");
    inlines(emphasis.content);
    raw("</em>");
}

void Renderer::write_inline(const Strong& strong) {
    raw("<strong>");
    inlines(strong.content);
    raw("</strong>");
}

// Links cannot contain links: inside one, a nested link or reference keeps only its text.
void Renderer::write_inline(const Link& link) {
    if (link_depth_ > 0) {
        inlines(link.content);
        return;
    }
    raw("<a");
    attribute("href", link.href);  // the core keeps only publishable, encoded targets
    raw(">");
    ++link_depth_;
    if (link.content.empty()) {
        text(link.href);  // a link without text has no accessible name
    } else {
        inlines(link.content);
    }
    --link_depth_;
    raw("</a>");
}

void Renderer::write_inline(const LineBreak&) { raw("<br>"); }

// A superscript number linking to the footnote; aria-describedby adds "Fotnoter" to what a
// screen reader says, so the bare number is not taken for part of the text.
void Renderer::write_inline(const FootnoteRef& ref) {
    Note& note = note_for(ref.id);
    const std::string number = std::to_string(note.number);
    if (link_depth_ > 0) {
        raw("<sup>" + number + "</sup>");
        return;
    }
    const std::string ref_id = new_id("fnref-" + ref.id);
    if (note.first_ref_id.empty()) note.first_ref_id = ref_id;
    raw("<sup class=\"footnote-ref\"><a");
    attribute("href", "#" + note.id);
    attribute("id", ref_id);
    attribute("aria-describedby", footnotes_heading_id_);
    raw(">" + number + "</a></sup>");
}

// On the web a reference is a link, whether print shows a page number or the target's text.
// Its text is the document's own, else the target's label (heading text, caption), else the
// target's id, so that the link always has a name.
void Renderer::write_inline(const CrossRef& ref) {
    const auto write_text = [&] {
        if (!ref.content.empty()) {
            inlines(ref.content);
            return;
        }
        const std::string& label = document_.anchors.at(ref.target).label;
        text(label.empty() ? ref.target : label);
    };
    if (link_depth_ > 0) {
        write_text();
        return;
    }
    raw("<a");
    attribute("href", "#" + ref.target);
    raw(">");
    ++link_depth_;
    write_text();
    --link_depth_;
    raw("</a>");
}

void Renderer::write_inline(const Anchor& anchor) {
    raw("<span");
    attribute("id", anchor.id);
    raw("></span>");
}

// The web shows what is meant for the web; page numbers and "på sidan" stay in print.
void Renderer::write_inline(const MediaOnly& only) {
    if (only.media == MediaOnly::Media::Web) inlines(only.content);
}

// The expansion as a title: shown on hover and read by screen readers that announce <abbr>.
void Renderer::write_inline(const Abbreviation& abbreviation) {
    if (abbreviation.expansion.empty()) {
        text(abbreviation.text);
        return;
    }
    raw("<abbr");
    attribute("title", abbreviation.expansion);
    raw(">");
    text(abbreviation.text);
    raw("</abbr>");
}

// The glyph is an image of the words: role="img" with the words as its name, so a screen
// reader says "Målet är uppfyllt" instead of "check mark"; title shows them on hover.
void Renderer::write_inline(const Symbol& symbol) {
    raw("<span class=\"symbol\" role=\"img\"");
    attribute("aria-label", symbol.text);
    attribute("title", symbol.text);
    raw(">");
    text(symbol.glyph);
    raw("</span>");
}

}  // namespace kansli::html
