// check_document(): the guarantees written on Document (kansli/document.hpp), checked in one
// walk. Writers rely on them and check nothing themselves.
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "kansli/document.hpp"
#include "kansli/error.hpp"
#include "kansli/locale.hpp"
#include "kansli/table_grid.hpp"
#include "kansli/xml_text.hpp"
#include "links.hpp"

namespace kansli {

namespace {

const char* kind_name(AnchorTarget::Kind kind) {
    switch (kind) {
        case AnchorTarget::Kind::Heading:
            return "heading";
        case AnchorTarget::Kind::Section:
            return "section";
        case AnchorTarget::Kind::Table:
            return "table";
        case AnchorTarget::Kind::Figure:
            return "figure";
        case AnchorTarget::Kind::Anchor:
            return "anchor";
    }
    return "element";
}

// A value as the document XML writes it: digits with an optional sign and decimal point.
bool is_plain_decimal(const std::string& literal) {
    std::size_t i = literal.empty() || literal[0] != '-' ? 0 : 1;
    const std::size_t digits_start = i;
    while (i < literal.size() && literal[i] >= '0' && literal[i] <= '9') ++i;
    if (i == digits_start) return false;
    if (i == literal.size()) return true;
    if (literal[i] != '.') return false;
    const std::size_t fraction_start = ++i;
    while (i < literal.size() && literal[i] >= '0' && literal[i] <= '9') ++i;
    return i == literal.size() && i > fraction_start;
}

// xsd:language: 1–8 letters, then parts of 1–8 letters or digits after hyphens.
bool is_language_tag(const std::string& tag) {
    std::size_t part = 0;
    bool first = true;
    for (std::size_t i = 0; i <= tag.size(); ++i) {
        if (i == tag.size() || tag[i] == '-') {
            if (part == 0 || part > 8) return false;
            part = 0;
            first = false;
            continue;
        }
        const char c = tag[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && (first || c < '0' || c > '9')) return false;
        ++part;
    }
    return true;
}

class Checker {
public:
    explicit Checker(const Document& document) : document_(document) {}

    void run() {
        metadata(document_.meta);
        blocks(document_.content);
        footnotes();
        for (const auto& [id, target] : document_.anchors)
            if (!element_ids_.count(id))
                fail("anchors lists '" + id + "' as a " + kind_name(target.kind) + ", but no element has that id");
        for (const auto& [target, line] : references_) {
            line_ = line;
            if (!document_.anchors.count(target))
                fail("a reference points to '" + target + "', but no element has that id");
        }
    }

private:
    [[noreturn]] void fail(const std::string& message) const {
        throw Error(Error::Kind::Usage, {{}, line_, 0, {}}, "the document breaks a guarantee of the model: " + message);
    }

    // Every text is something XML can carry, for every format is XML or reads like it.
    void text(const std::string& value, const char* what) const {
        if (const auto problem = find_xml_illegal_character(value)) fail(std::string(what) + " has " + *problem);
    }
    void required(const std::string& value, const char* what) const {
        if (value.empty()) fail(std::string(what) + " is empty");
        text(value, what);
    }
    void date(const std::string& value, const char* what) const {
        if (value.empty()) return;
        try {
            sv::format_date_iso(value);
        } catch (const std::invalid_argument&) {
            fail(std::string(what) + " '" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }
    void id(const std::string& value, AnchorTarget::Kind kind) {
        if (value.empty()) return;
        text(value, "an id");
        if (!element_ids_.insert(value).second) fail("the id '" + value + "' is used twice");
        const auto anchor = document_.anchors.find(value);
        if (anchor == document_.anchors.end() || anchor->second.kind != kind)
            fail(std::string("the ") + kind_name(kind) + " id '" + value + "' is not in anchors as a " +
                 kind_name(kind));
    }

    void metadata(const Metadata& meta) {
        for (const std::string* value :
             {&meta.title, &meta.subtitle, &meta.kind, &meta.organisation, &meta.body, &meta.dnr})
            text(*value, "the metadata");
        date(meta.date, "the document's date");
        if (!is_language_tag(meta.language)) fail("the language '" + meta.language + "' is not a language tag");
        for (const Author& author : meta.authors) {
            text(author.name, "an author's name");
            text(author.role, "an author's role");
        }
    }

    // ---- blocks
    void blocks(const Blocks& list) {
        for (const Block& block : list) {
            line_ = block.source_line;
            std::visit([this](const auto& node) { check(node); }, block.value);
        }
    }

    void check(const Heading& heading) {
        if (heading.level < 1 || heading.level > 6)
            fail("a heading's level is " + std::to_string(heading.level) + ", not 1 to 6");
        if (heading.id.empty()) fail("a heading has no id (the reader gives one to every heading)");
        id(heading.id, AnchorTarget::Kind::Heading);
        if (heading.number) text(*heading.number, "a heading's number");
        if (heading.content.empty()) fail("a heading has no text");
        inlines(heading.content);
    }
    void check(const Paragraph& paragraph) { inlines(paragraph.content); }
    void check(const List& list) {
        if (list.start < 0) fail("a list starts at " + std::to_string(list.start) + ", below 0");
        const bool ordered_marker = list.marker != List::Marker::Bullet && list.marker != List::Marker::Dash;
        if (ordered_marker != list.ordered) fail("a list's marker does not fit whether it is ordered");
        for (const ListItem& item : list.items) blocks(item.content);
    }
    void check(const Table& table) {
        id(table.id, AnchorTarget::Kind::Table);
        inlines(table.caption);
        text(table.description, "a table's description");
        if (table.columns.empty()) fail("a table has no columns");
        if (table.body.empty()) fail("a table has no body rows");
        for (const Column& column : table.columns) {
            text(column.unit, "a column's unit");
            if (column.precision && (*column.precision < 0 || *column.precision > 6))
                fail("a column's precision is not 0 to 6");
            if (column.width && !(std::isfinite(*column.width) && *column.width > 0 && *column.width <= 100))
                fail("a column's width is not above 0 and at most 100 (per cent)");
        }
        try {
            TableGrid::check(table);
        } catch (const std::invalid_argument& e) {
            fail(e.what());
        }
        for (const auto* rows : {&table.head, &table.body})
            for (const Row& row : *rows)
                for (const Cell& cell : row.cells) {
                    inlines(cell.content);
                    if (cell.number) number(*cell.number, rows == &table.head);
                }
    }
    void number(const CellNumber& number, bool in_head) const {
        if (in_head) fail("a header cell holds a value");
        if (!is_plain_decimal(number.literal))
            fail("a cell's value '" + number.literal + "' is not a decimal such as -27660 or 57.7");
        if (!std::isfinite(number.value)) fail("a cell's value is not a finite number");
        if (number.precision < 0 || number.precision > 6) fail("a cell's precision is not 0 to 6");
    }
    void check(const Fields& fields) {
        if (fields.columns < 1 || fields.columns > 4)
            fail("fields have " + std::to_string(fields.columns) + " columns, not 1 to 4");
        text(fields.label, "the fields' label");
        for (const Field& field : fields.fields) {
            text(field.label, "a field's label");
            inlines(field.value);
        }
    }
    void check(const Agenda& agenda) {
        text(agenda.caption, "an agenda's caption");
        for (const std::string* label :
             {&agenda.number_label, &agenda.title_label, &agenda.dnr_label, &agenda.page_label})
            required(*label, "an agenda's column heading");
        for (const AgendaItem& item : agenda.items) {
            for (const std::string* value : {&item.number, &item.dnr, &item.note}) text(*value, "an agenda item");
            if (!item.ref.empty()) references_.emplace_back(item.ref, line_);
            if (item.title.empty()) fail("an agenda item has no title");
            inlines(item.title);
        }
    }
    void check(const Signatures& signatures) {
        text(signatures.place, "a signature's place");
        date(signatures.date, "a signature's date");
        text(signatures.dateline, "a signature's dateline");
        for (const Signature& signature : signatures.signatures) {
            text(signature.name, "a signature's name");
            text(signature.role, "a signature's role");
        }
    }
    void check(const Figure& figure) {
        id(figure.id, AnchorTarget::Kind::Figure);
        required(figure.alt, "a figure's alternative text");
        const Image& image = figure.image;
        if (image.media_type != "image/png" && image.media_type != "image/jpeg")
            fail("a figure's image is " + image.media_type + ", not image/png or image/jpeg");
        if (image.bytes.empty() || image.pixel_width <= 0 || image.pixel_height <= 0)
            fail("a figure's image has no pixels");
        if (!(std::isfinite(image.dpi_x) && image.dpi_x > 0 && std::isfinite(image.dpi_y) && image.dpi_y > 0))
            fail("a figure's image has no resolution");
        if (figure.width_mm && !(std::isfinite(*figure.width_mm) && *figure.width_mm > 0 && *figure.width_mm <= 10000))
            fail("a figure's width is not above 0 and at most 10000 mm");
        inlines(figure.caption);
    }
    void check(const PageBreak&) {}
    void check(const TableOfContents& toc) {
        if (toc.depth < 1 || toc.depth > 6) fail("a table of contents' depth is not 1 to 6");
        required(toc.title, "a table of contents' title");
    }
    void check(const Section& section) {
        text(section.role, "a section's role");
        id(section.id, AnchorTarget::Kind::Section);
        blocks(section.content);
    }

    // ---- inlines
    void inlines(const Inlines& list) {
        for (const Inline& node : list) std::visit([this](const auto& n) { check(n); }, node.value);
    }
    void check(const Text& t) const { text(t.text, "a text"); }
    void check(const Emphasis& emphasis) { inlines(emphasis.content); }
    void check(const Strong& strong) { inlines(strong.content); }
    void check(const Link& link) {
        const auto publishable = publishable_href(link.href);
        if (!publishable || *publishable != link.href)
            fail("a link's target '" + link.href +
                 "' is not one a document may carry (http, https, mailto, tel or #id, encoded)");
        text(link.href, "a link's target");
        inlines(link.content);
    }
    void check(const LineBreak&) {}
    void check(const FootnoteRef& ref) {
        if (!no_note_ref_.empty())
            fail("a footnote reference to '" + ref.id + "' stands inside " + no_note_ref_ +
                 ", where some format does not show it");
        if (referenced_.insert(ref.id).second) first_references_.push_back(ref.id);
    }
    void check(const CrossRef& ref) {
        references_.emplace_back(ref.target, line_);
        within("the text of a cross-reference", ref.content);
    }
    void check(const Anchor& anchor) {
        if (anchor.id.empty()) fail("an anchor has no id");
        id(anchor.id, AnchorTarget::Kind::Anchor);
    }
    void check(const MediaOnly& only) { within("text for one medium only", only.content); }
    void check(const Abbreviation& abbreviation) {
        required(abbreviation.text, "an abbreviation");
        text(abbreviation.expansion, "an abbreviation's expansion");
    }
    void check(const Symbol& symbol) {
        required(symbol.glyph, "a symbol");
        required(symbol.text, "the words of a symbol");
    }

    // Inlines where a footnote reference may not stand.
    void within(const char* place, const Inlines& content) {
        const std::string outer = no_note_ref_;
        if (outer.empty()) no_note_ref_ = place;
        inlines(content);
        no_note_ref_ = outer;
    }

    void footnotes() {
        // Numbered by first reference in the text: footnotes[n - 1] is the n-th first referenced.
        std::set<std::string_view> ids;
        for (std::size_t i = 0; i < document_.footnotes.size(); ++i) {
            const Footnote& footnote = document_.footnotes[i];
            line_ = footnote.content.empty() ? 0 : footnote.content.front().source_line;
            if (footnote.id.empty()) fail("a footnote has no id");
            if (!ids.insert(footnote.id).second) fail("the footnote id '" + footnote.id + "' is used twice");
            if (!referenced_.count(footnote.id))
                fail("the footnote '" + footnote.id + "' is never referenced from the text");
            if (i >= first_references_.size() || first_references_[i] != footnote.id)
                fail("the footnotes are not in the order of their first reference ('" + footnote.id + "' is number " +
                     std::to_string(i + 1) + ")");
            no_note_ref_ = "a footnote";
            blocks(footnote.content);
            no_note_ref_.clear();
        }
        for (const std::string& id : first_references_)
            if (!ids.count(id)) fail("a footnote reference points to '" + id + "', but there is no such footnote");
    }

    const Document& document_;
    int line_ = 0;  // source line of the block being checked
    std::set<std::string_view> element_ids_;
    std::vector<std::pair<std::string, int>> references_;  // targets of CrossRefs and agenda items, with lines
    std::set<std::string_view> referenced_;                // footnote ids the text refers to
    std::vector<std::string> first_references_;            // the same, in order of first reference
    std::string no_note_ref_;  // where a FootnoteRef may not stand, if the walk is inside such a place
};

}  // namespace

void check_document(const Document& document) { Checker(document).run(); }

}  // namespace kansli
