// Inlines: one function per inline kind, chosen by std::visit, as in the other writers.
#include "pdf_inline_text.hpp"

#include <algorithm>
#include <variant>

namespace kansli::pdf {
namespace {

// Pango's colours are 16 bits a channel.
guint16 channel(double value) { return static_cast<guint16>(std::clamp(value, 0.0, 1.0) * 65535.0 + 0.5); }

void insert(PangoAttrList* list, PangoAttribute* attribute, unsigned start, unsigned end) {
    attribute->start_index = start;
    attribute->end_index = end;
    pango_attr_list_insert(list, attribute);  // the list owns it now
}

}  // namespace

int InlineText::slot_at(unsigned byte) const {
    const auto after = std::upper_bound(segments.begin(), segments.end(), byte,
                                        [](unsigned offset, const Segment& s) { return offset < s.start; });
    return after == segments.begin() ? -1 : std::prev(after)->slot;
}

const InlineText::LinkRange* InlineText::link_at(unsigned byte) const {
    const auto after = std::upper_bound(links.begin(), links.end(), byte,
                                        [](unsigned offset, const LinkRange& link) { return offset < link.start; });
    if (after == links.begin() || byte >= std::prev(after)->end) return nullptr;
    return &*std::prev(after);
}

Footnotes::Footnotes(const Document& document) : elements(document.footnotes.size(), -1) {
    for (std::size_t i = 0; i < document.footnotes.size(); ++i)
        index.emplace(document.footnotes[i].id, static_cast<int>(i));
}

InlineBuilder::InlineBuilder(InlineContext& context, int element) : context_(context), elements_{element} {}

// A line is split into runs where any attribute starts or ends; a neutral one over each segment
// makes every run belong to one slot, so the drawing can tag it.
InlineText InlineBuilder::finish() {
    for (std::size_t i = 0; i < out_.segments.size(); ++i) {
        const unsigned end = i + 1 < out_.segments.size() ? out_.segments[i + 1].start : position();
        if (end > out_.segments[i].start)
            insert(out_.paint.get(), pango_attr_foreground_alpha_new(65535), out_.segments[i].start, end);
    }
    return std::move(out_);
}

void InlineBuilder::inlines(const Inlines& content) {
    for (const Inline& node : content) std::visit([this](const auto& n) { write(n); }, node.value);
}

void InlineBuilder::text(std::string_view words) { append(words); }

void InlineBuilder::plain_link(int link, const std::string& anchor, std::string contents, std::string_view words) {
    const unsigned start = position();
    elements_.push_back(link);
    append(words);
    elements_.pop_back();
    out_.links.push_back({start, position(), link, {}, anchor, std::move(contents)});
}

void InlineBuilder::ensure_slot() {
    if (out_.segments.empty() || context_.tree.slot(out_.segments.back().slot).element != elements_.back())
        out_.segments.push_back({position(), context_.tree.add_slot(elements_.back())});
}

void InlineBuilder::element_text(std::string type, std::string_view words, bool raised) {
    elements_.push_back(context_.tree.add_element(elements_.back(), std::move(type)));
    const unsigned start = position();
    append(words);
    if (raised) superscript(start, position());
    elements_.pop_back();
}

// Text goes into the current element's last slot when that slot is the open segment; otherwise a
// new slot starts here (after a link, the paragraph's words continue in a slot of their own).
void InlineBuilder::append(std::string_view words) {
    if (words.empty()) return;
    const int element = elements_.back();
    if (out_.segments.empty() || context_.tree.slot(out_.segments.back().slot).element != element) {
        if (!out_.segments.empty() && out_.segments.back().start == position()) {
            // The previous segment never got text: give its place to this one.
            out_.segments.back().slot = context_.tree.add_slot(element);
        } else {
            out_.segments.push_back({position(), context_.tree.add_slot(element)});
        }
    }
    out_.text.append(words);
}

void InlineBuilder::write(const Text& node) { append(node.text); }

void InlineBuilder::write(const Emphasis& node) {
    const unsigned start = position();
    inlines(node.content);
    insert(out_.attributes.get(), pango_attr_style_new(PANGO_STYLE_ITALIC), start, position());
}

void InlineBuilder::write(const Strong& node) {
    const unsigned start = position();
    inlines(node.content);
    insert(out_.attributes.get(), pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, position());
}

// A line break inside the paragraph: Unicode's LINE SEPARATOR, which Pango breaks at.
void InlineBuilder::write(const LineBreak&) { append("\u2028"); }

void InlineBuilder::write(const Anchor& node) { out_.anchors.push_back({position(), node.id}); }

// Print shows what is meant for print (page numbers, "på sidan"); web-only wording is left out.
void InlineBuilder::write(const MediaOnly& node) {
    if (node.media == MediaOnly::Media::Print) inlines(node.content);
}

// The short form as written; the structure element carries what it stands for (/E).
void InlineBuilder::write(const Abbreviation& node) {
    if (node.expansion.empty()) {
        append(node.text);
        return;
    }
    const int span = context_.tree.add_element(elements_.back(), "Span");
    context_.tree.element(span).expansion = node.expansion;
    elements_.push_back(span);
    append(node.text);
    elements_.pop_back();
}

// A Span with its own /Lang, so a screen reader reads the passage in its language; Pango
// shapes and breaks it by that language's rules too.
void InlineBuilder::write(const Foreign& node) {
    const int span = context_.tree.add_element(elements_.back(), "Span");
    context_.tree.element(span).lang = node.lang;
    elements_.push_back(span);
    const unsigned start = position();
    inlines(node.content);
    elements_.pop_back();
    insert(out_.attributes.get(), pango_attr_language_new(pango_language_from_string(node.lang.c_str())), start,
           position());
}

// The words follow the glyph, as in the DOCX: a screen reader and a text search find them.
void InlineBuilder::write(const Symbol& node) { append(node.glyph + "\u00a0" + node.text); }

template <typename Body>
void InlineBuilder::link(std::string uri, std::string anchor, std::string contents, bool styled, Body&& body) {
    const bool nested = std::any_of(elements_.begin(), elements_.end(),
                                    [this](int e) { return context_.tree.element(e).type == "Link"; });
    if (nested) {  // links do not nest: the inner one is plain text of the outer
        body();
        return;
    }
    const int element = context_.tree.add_element(elements_.back(), "Link");
    elements_.push_back(element);
    const unsigned start = position();
    body();
    const unsigned end = position();
    elements_.pop_back();
    if (end == start) return;
    if (styled) {
        const Rgb& accent = context_.styles.accent;
        insert(out_.paint.get(), pango_attr_foreground_new(channel(accent.r), channel(accent.g), channel(accent.b)),
               start, end);
        insert(out_.paint.get(), pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), start, end);
    }
    out_.links.push_back({start, end, element, std::move(uri), std::move(anchor), std::move(contents)});
}

// "#id" leads to a place in this document; anything else is a web address. A link without
// words shows its address, which is then also its accessible name.
void InlineBuilder::write(const Link& node) {
    std::string anchor;
    std::string uri = node.href;
    if (!uri.empty() && uri.front() == '#' && context_.document.anchors.count(uri.substr(1)) != 0) {
        anchor = uri.substr(1);
        uri.clear();
    }
    std::string contents = plain_text(node.content);
    if (contents.empty()) contents = node.href;
    link(std::move(uri), std::move(anchor), contents, true, [&] {
        if (node.content.empty()) {
            append(node.href);
        } else {
            inlines(node.content);
        }
    });
}

// show=page prints the target's page, as a link there; show=text its words (or the link text
// the document gives), as a link. A target that is not in the document leaves the words.
void InlineBuilder::write(const CrossRef& node) {
    const auto target = context_.document.anchors.find(node.target);
    if (target == context_.document.anchors.end()) {
        inlines(node.content);
        return;
    }
    const std::string& label = target->second.label;
    if (node.show == CrossRef::Show::Page) {
        const std::string number = context_.pages.of(node.target);
        const int reference = context_.tree.add_element(elements_.back(), "Reference");
        elements_.push_back(reference);
        link({}, node.target, label.empty() ? number : label, false, [&] { append(number); });
        elements_.pop_back();
        return;
    }
    const std::string words = node.content.empty() ? (label.empty() ? node.target : label) : plain_text(node.content);
    // The target's own words read like the DOCX's REF field: as text, not as a web link.
    link({}, node.target, words, !node.content.empty(), [&] {
        if (node.content.empty()) {
            append(label.empty() ? node.target : label);
        } else {
            inlines(node.content);
        }
    });
}

void InlineBuilder::superscript(unsigned start, unsigned end) {
    insert(out_.attributes.get(), pango_attr_baseline_shift_new(PANGO_BASELINE_SHIFT_SUPERSCRIPT), start, end);
    insert(out_.attributes.get(), pango_attr_font_scale_new(PANGO_FONT_SCALE_SUPERSCRIPT), start, end);
}

// The footnote's number, raised, as a Reference holding a link to the note. At its first
// reference the Note element itself follows in the structure tree, where a screen reader meets
// it; the note's text is drawn at the foot of the page (pdf_blocks.cpp, footnote_area).
void InlineBuilder::write(const FootnoteRef& node) {
    const int note = context_.footnotes.index.at(node.id);  // check_document(): every reference resolves
    const Footnote& footnote = context_.document.footnotes[static_cast<std::size_t>(note)];
    const std::string number = std::to_string(note + 1);
    std::string contents = number;
    if (!footnote.content.empty())
        if (const auto* first = std::get_if<Paragraph>(&footnote.content.front().value))
            contents += ": " + plain_text(first->content);
    const int reference = context_.tree.add_element(elements_.back(), "Reference");
    elements_.push_back(reference);
    const unsigned start = position();
    link({}, note_anchor(note), contents, false, [&] { append(number); });
    superscript(start, position());
    elements_.pop_back();
    int& element = context_.footnotes.elements[static_cast<std::size_t>(note)];
    if (element < 0) {
        element = context_.tree.add_element(elements_.back(), "Note");
        context_.tree.element(element).id = note_anchor(note);
        out_.footnotes.push_back({start, note});
    }
}

std::string note_anchor(int note) { return "kansli-footnote-" + std::to_string(note + 1); }

}  // namespace kansli::pdf
