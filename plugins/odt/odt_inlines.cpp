// Inlines: one function per kind, chosen by std::visit in inlines().
#include <algorithm>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "odt_names.hpp"
#include "odt_render.hpp"
#include "odt_styles.hpp"

namespace kansli::odt {
void ContentRenderer::inlines(const Inlines& content) {
    for (const Inline& node : content) std::visit([this](const auto& n) { write_inline(n); }, node.value);
}

// Runs of white space collapse in ODF text as they do in HTML, which is what the document
// XML means by them; so text is written as it is.
void ContentRenderer::write_inline(const Text& t) { text(t.text); }

void ContentRenderer::write_inline(const Emphasis& emphasis) {
    xml_.open("text:span", {{"text:style-name", names::kEmphasis}});
    inlines(emphasis.content);
    xml_.close("text:span");
}

void ContentRenderer::write_inline(const Strong& strong) {
    xml_.open("text:span", {{"text:style-name", names::kStrong}});
    inlines(strong.content);
    xml_.close("text:span");
}

void ContentRenderer::write_inline(const Link& link) {
    if (link_depth_ > 0) {
        inlines(link.content);
        return;
    }
    xml_.open("text:a", {{"xlink:type", "simple"},
                         {"xlink:href", link.href},  // the core keeps only publishable, encoded targets
                         {"text:style-name", names::kLink},
                         {"text:visited-style-name", names::kVisitedLink}});
    ++link_depth_;
    if (link.content.empty()) {
        text(link.href);
    } else {
        inlines(link.content);
    }
    --link_depth_;
    xml_.close("text:a");
}

void ContentRenderer::write_inline(const LineBreak&) { xml_.empty("text:line-break"); }

// The first reference carries the note itself; later ones refer to it by number (the
// model's, which is LibreOffice's too: notes are numbered in the order they stand).
void ContentRenderer::write_inline(const FootnoteRef& ref) {
    const int number = note_numbers_.at(ref.id);
    const std::string id = "ftn" + std::to_string(number);
    const auto index = static_cast<std::size_t>(number - 1);
    if (notes_written_[index]) {
        xml_.open("text:span", {{"text:style-name", names::kFootnoteSymbol}});
        xml_.element("text:note-ref", std::to_string(number),
                     {{"text:note-class", "footnote"}, {"text:reference-format", "text"}, {"text:ref-name", id}});
        xml_.close("text:span");
        return;
    }
    notes_written_[index] = true;
    xml_.open("text:note", {{"text:id", id}, {"text:note-class", "footnote"}});
    xml_.element("text:note-citation", std::to_string(number));
    xml_.open("text:note-body");
    in_note_ = true;
    std::vector<OpenList> saved_lists = std::exchange(lists_, {});
    const int saved_link_depth = link_depth_;
    link_depth_ = 0;
    blocks(document_.footnotes[index].content);
    lists_ = std::move(saved_lists);
    link_depth_ = saved_link_depth;
    in_note_ = false;
    xml_.close("text:note-body").close("text:note");
}

// Print has pages: a page reference is a field that LibreOffice fills in when it lays the
// document out. A text reference is a field showing the target's words, or, with words of its
// own, a link to the target.
void ContentRenderer::write_inline(const CrossRef& ref) {
    if (ref.show == CrossRef::Show::Page) {
        page_reference(ref.target);
        return;
    }
    const AnchorTarget& target = document_.anchors.at(ref.target);
    const std::string& label = target.label;
    // The target's own words as a field: LibreOffice shows the text the bookmark encloses (a
    // heading, a caption), so the reference follows when the heading is reworded.
    if (ref.content.empty() && !label.empty() && target.kind != AnchorTarget::Kind::Anchor &&
        target.kind != AnchorTarget::Kind::Section && link_depth_ == 0) {
        xml_.element("text:bookmark-ref", label, {{"text:reference-format", "text"}, {"text:ref-name", ref.target}});
        return;
    }
    const auto write_text = [&] {
        if (!ref.content.empty()) {
            inlines(ref.content);
            return;
        }
        text(label.empty() ? ref.target : label);
    };
    if (link_depth_ > 0) {
        write_text();
        return;
    }
    xml_.open("text:a", {{"xlink:type", "simple"}, {"xlink:href", "#" + ref.target}});
    ++link_depth_;
    write_text();
    --link_depth_;
    xml_.close("text:a");
}

void ContentRenderer::write_inline(const Anchor& anchor) { bookmark(anchor.id); }

// The cached value is what a reader that computes no fields shows; LibreOffice replaces it
// with the page number when it lays out the document.
void ContentRenderer::page_reference(const std::string& target) {
    xml_.element("text:bookmark-ref", "?", {{"text:reference-format", "page"}, {"text:ref-name", target}});
}

// Print shows what is meant for print (page numbers, "på sidan"); web-only wording is left out.
void ContentRenderer::write_inline(const MediaOnly& only) {
    if (only.media == MediaOnly::Media::Print) inlines(only.content);
}

// As in DOCX: the short form as written, and a symbol followed by its words, since a
// character has no alternative text in ODF either.
void ContentRenderer::write_inline(const Abbreviation& abbreviation) { text(abbreviation.text); }

void ContentRenderer::write_inline(const Symbol& symbol) { text(symbol.glyph + "\u00a0" + symbol.text); }

// The passage in a span whose automatic style sets its language: LibreOffice checks its
// spelling, and its PDF export tags it, in that language.
void ContentRenderer::write_inline(const Foreign& foreign) {
    const LanguageTag tag = split_language(foreign.lang);
    xml_.open("text:span", {{"text:style-name", styles_.text_language(tag.language, tag.country)}});
    inlines(foreign.content);
    xml_.close("text:span");
}

}  // namespace kansli::odt
