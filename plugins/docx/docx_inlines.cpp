// Inlines, runs, fields and bookmarks: one function per inline kind, chosen by std::visit.
#include <algorithm>
#include <string>
#include <variant>

#include "docx_story.hpp"
#include "docx_styles.hpp"

namespace kansli::docx {
void Story::inlines(const Inlines& content) {
    for (const Inline& node : content) std::visit([this](const auto& n) { write_inline(n); }, node.value);
}

void Story::run_properties() {
    if (!run_.bold && !run_.italic && !run_.superscript && run_.style.empty()) return;
    // Children in the order CT_RPr lists them.
    x_.open("w:rPr");
    if (!run_.style.empty()) x_.empty("w:rStyle", {{"w:val", run_.style}});
    if (run_.bold) x_.empty("w:b").empty("w:bCs");
    if (run_.italic) x_.empty("w:i").empty("w:iCs");
    if (run_.superscript) x_.empty("w:vertAlign", {{"w:val", "superscript"}});
    x_.close();
}

// One run; tabs and newlines in the text become w:tab and w:br, which w:t cannot carry.
void Story::text_run(std::string_view text) {
    if (text.empty()) return;
    x_.open("w:r");
    run_properties();
    // A loop, not find_first_of: libstdc++ searches the two characters once per character.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\t' && text[i] != '\n') continue;
        if (i > start) x_.element("w:t", text.substr(start, i - start), {{"xml:space", "preserve"}});
        if (i < text.size()) x_.empty(text[i] == '\t' ? "w:tab" : "w:br");
        start = i + 1;
    }
    x_.close();
    start_pending_bookmark();
}

void Story::write_inline(const Text& text) { text_run(text.text); }

void Story::write_inline(const Emphasis& emphasis) {
    const RunScope scope(run_);
    run_.italic = true;
    inlines(emphasis.content);
}

void Story::write_inline(const Strong& strong) {
    const RunScope scope(run_);
    run_.bold = true;
    inlines(strong.content);
}

// External links are w:hyperlink with a relationship; "#id" links jump to the bookmark.
void Story::write_inline(const Link& link) {
    std::string bookmark;
    if (!link.href.empty() && link.href.front() == '#') bookmark = made_.bookmarks.name(link.href.substr(1));
    if (link_depth_ > 0) {
        inlines(link.content);
        return;
    }
    if (!bookmark.empty()) {
        x_.open("w:hyperlink", {{"w:anchor", bookmark}, {"w:history", "1"}});
    } else {
        const std::string id = relationships_.add(rel::hyperlink, link.href, true);
        x_.open("w:hyperlink", {{"r:id", id}, {"w:history", "1"}});
    }
    hyperlink_content([&] {
        if (link.content.empty()) {
            text_run(link.href);  // a link without text has no accessible name
        } else {
            inlines(link.content);
        }
    });
}

void Story::hyperlink_content(const std::function<void()>& content) {
    const RunScope scope(run_);
    run_.style = style::hyperlink;
    ++link_depth_;
    content();
    --link_depth_;
    x_.close();
}

void Story::write_inline(const LineBreak&) {
    x_.open("w:r");
    run_properties();
    x_.empty("w:br").close();
}

// Word numbers footnotes itself, in the order of their references, as the model does; the
// w:id is that number, so numbers in the cached text and Word's agree. A second reference to
// the same note repeats its number (Word has one reference per footnote).
void Story::write_inline(const FootnoteRef& ref) {
    const int number = facts_.footnote_numbers.at(ref.id);
    const auto index = static_cast<std::size_t>(number - 1);
    if (made_.footnote_marked[index]) {
        const RunScope scope(run_);
        run_.style = style::footnote_reference;
        text_run(std::to_string(number));
        return;
    }
    made_.footnote_marked[index] = true;
    x_.open("w:r").open("w:rPr").empty("w:rStyle", {{"w:val", style::footnote_reference}}).close();
    x_.empty("w:footnoteReference", {{"w:id", std::to_string(number)}}).close();
}

// show=page: a PAGEREF field (Word and LibreOffice compute the page when they lay the
// document out; the cached result is the writer's estimate). show=text: the document's own
// words as a link to the target, or else a REF field to the target's bookmark, whose cached
// result is the target's label.
void Story::write_inline(const CrossRef& ref) {
    const std::string bookmark = made_.bookmarks.name(ref.target);
    if (ref.show == CrossRef::Show::Page) {
        field(" PAGEREF " + bookmark + " \\h ", facts_.page_of(ref.target));
        return;
    }
    const AnchorTarget& target = facts_.document.anchors.at(ref.target);
    const std::string& label = target.label;
    const bool has_text = target.kind != AnchorTarget::Kind::Anchor && !label.empty();
    if (ref.content.empty() && has_text && link_depth_ == 0) {
        field(" REF " + bookmark + " \\h ", label);
        return;
    }
    if (link_depth_ > 0) {
        if (ref.content.empty()) {
            text_run(label.empty() ? ref.target : label);
        } else {
            inlines(ref.content);
        }
        return;
    }
    x_.open("w:hyperlink", {{"w:anchor", bookmark}, {"w:history", "1"}});
    hyperlink_content([&] {
        if (ref.content.empty()) {
            text_run(label.empty() ? ref.target : label);
        } else {
            inlines(ref.content);
        }
    });
}

void Story::write_inline(const Anchor& anchor) { bookmark_close(bookmark_open(anchor.id)); }

// ---------------------------------------------------------------- fields and bookmarks

void Story::field_begin(std::string_view instruction) {
    x_.open("w:r");
    run_properties();
    x_.empty("w:fldChar", {{"w:fldCharType", "begin"}}).close();
    x_.open("w:r");
    run_properties();
    x_.element("w:instrText", instruction, {{"xml:space", "preserve"}}).close();
}

void Story::field_separate() {
    x_.open("w:r");
    run_properties();
    x_.empty("w:fldChar", {{"w:fldCharType", "separate"}}).close();
}

void Story::field_end() {
    x_.open("w:r");
    run_properties();
    x_.empty("w:fldChar", {{"w:fldCharType", "end"}}).close();
}

void Story::field(std::string_view instruction, std::string_view cached) {
    field_begin(instruction);
    field_separate();
    text_run(cached);
    field_end();
}

void Story::bookmark_start(const std::string& name, int id) {
    x_.empty("w:bookmarkStart", {{"w:id", std::to_string(id)}, {"w:name", name}});
}

void Story::bookmark_end(int id) { x_.empty("w:bookmarkEnd", {{"w:id", std::to_string(id)}}); }

int Story::bookmark_open(const std::string& document_id) {
    if (document_id.empty()) return 0;
    const int id = made_.bookmarks.next_id();
    bookmark_start(made_.bookmarks.name(document_id), id);
    return id;
}

// Print shows what is meant for print (page numbers, "på sidan"); web-only wording is left out.
void Story::write_inline(const MediaOnly& only) {
    if (only.media == MediaOnly::Media::Print) inlines(only.content);
}

// Print has no hover: the short form as written (the text explains it where the writing rules
// want it, at first use).
void Story::write_inline(const Abbreviation& abbreviation) { text_run(abbreviation.text); }

// A character has no alternative text in Word, so the words follow the glyph: "✓ Uppfyllt".
void Story::write_inline(const Symbol& symbol) { text_run(symbol.glyph + "\u00a0" + symbol.text); }

}  // namespace kansli::docx
