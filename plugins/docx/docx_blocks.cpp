// Blocks other than tables: one function per kind, chosen by std::visit in block().
#include <algorithm>
#include <stdexcept>
#include <string>
#include <variant>

#include "docx_drawing.hpp"
#include "docx_furniture.hpp"
#include "docx_story.hpp"
#include "docx_styles.hpp"
#include "size_hint.hpp"

namespace kansli::docx {
namespace {

std::string_view jc_value(Align align) {
    switch (align) {
        case Align::Left:
            return "left";
        case Align::Center:
            return "center";
        case Align::Right:
            return "right";
        case Align::Default:
            break;
    }
    return {};
}

// A rough width of `text` in twips at `size_pt`: enough to size a label column.
long text_width_twips(std::string_view text, double size_pt) {
    long characters = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;  // count UTF-8 lead bytes
    return std::lround(static_cast<double>(characters) * size_pt * 0.55 * 20.0);
}

}  // namespace

Story::Story(const Facts& facts, Accumulated& made, Relationships& relationships, Kind kind)
    : facts_(facts), made_(made), relationships_(relationships), kind_(kind) {
    if (kind == Kind::Body) x_.reserve(plugin::body_size_hint(facts.document));
}

std::string Story::take() {
    // A page break with nothing after it would only add an empty page; a table cannot end a
    // story in Word, which wants a paragraph after it.
    if (last_was_table_) empty_paragraph();
    return x_.finish();
}

// ---------------------------------------------------------------- paragraphs

void Story::open_paragraph(ParagraphProps props) {
    const bool page_break = page_break_pending_;
    page_break_pending_ = false;
    if (props.style.empty() && kind_ == Kind::Footnotes) props.style = style::footnote_text;
    // Text right under a table would touch its bottom border.
    if (last_was_table_ && props.space_before < 0) props.space_before = 160;
    last_was_table_ = false;

    x_.open("w:p");
    const bool has_props = !props.style.empty() || props.keep_next || page_break || props.numbering ||
                           props.border_bottom || !props.tabs.empty() || props.space_before >= 0 ||
                           props.space_after >= 0 || props.indent_left >= 0 || props.indent_right >= 0 ||
                           props.align != Align::Default || !props.section.empty();
    if (has_props) {
        // Children in the order CT_PPrBase requires.
        x_.open("w:pPr");
        if (!props.style.empty()) x_.empty("w:pStyle", {{"w:val", props.style}});
        if (props.keep_next) x_.empty("w:keepNext");
        if (page_break) x_.empty("w:pageBreakBefore");
        if (props.numbering) {
            x_.open("w:numPr");
            x_.empty("w:ilvl", {{"w:val", std::to_string(props.numbering->second)}});
            x_.empty("w:numId", {{"w:val", std::to_string(props.numbering->first)}});
            x_.close();
        }
        if (props.border_bottom) {
            x_.open("w:pBdr");
            x_.empty("w:bottom", {{"w:val", "single"}, {"w:sz", "6"}, {"w:space", "1"}, {"w:color", "auto"}});
            x_.close();
        }
        if (!props.tabs.empty()) {
            x_.open("w:tabs");
            for (const auto& [kind, position] : props.tabs)
                x_.empty("w:tab", {{"w:val", kind}, {"w:pos", std::to_string(position)}});
            x_.close();
        }
        if (props.space_before >= 0 && props.space_after >= 0) {
            x_.empty("w:spacing", {{"w:before", std::to_string(props.space_before)},
                                   {"w:after", std::to_string(props.space_after)}});
        } else if (props.space_before >= 0) {
            x_.empty("w:spacing", {{"w:before", std::to_string(props.space_before)}});
        } else if (props.space_after >= 0) {
            x_.empty("w:spacing", {{"w:after", std::to_string(props.space_after)}});
        }
        if (props.indent_left >= 0 || props.indent_right >= 0) {
            const std::string left = std::to_string(std::max(props.indent_left, 0L));
            const std::string right = std::to_string(std::max(props.indent_right, 0L));
            if (props.hanging > 0) {
                x_.empty("w:ind", {{"w:left", left}, {"w:right", right}, {"w:hanging", std::to_string(props.hanging)}});
            } else {
                x_.empty("w:ind", {{"w:left", left}, {"w:right", right}});
            }
        }
        if (const auto jc = jc_value(props.align); !jc.empty()) x_.empty("w:jc", {{"w:val", jc}});
        x_.raw(props.section);
        x_.close();
    }
    if (note_mark_pending_) {
        note_mark_pending_ = false;
        x_.open("w:r").open("w:rPr").empty("w:rStyle", {{"w:val", style::footnote_reference}}).close();
        x_.empty("w:footnoteRef").close();
        x_.open("w:r").element("w:t", " ", {{"xml:space", "preserve"}}).close();
    }
}

void Story::empty_paragraph(const std::string& style) {
    ParagraphProps props;
    props.style = style;
    open_paragraph(props);
    close_paragraph();
}

void Story::flush_page_break() {
    if (!page_break_pending_) return;
    page_break_pending_ = false;
    last_was_table_ = false;
    x_.open("w:p").open("w:r").empty("w:br", {{"w:type", "page"}}).close().close();
}

// ---------------------------------------------------------------- blocks

void Story::blocks(std::span<const Block> blocks) {
    for (const Block& b : blocks) block(b);
}

void Story::block(const Block& block) {
    std::visit([this](const auto& node) { write_block(node); }, block.value);
}

// The number stays outside the bookmark, so a REF field to the heading gives its words only.
void Story::write_block(const Heading& heading) {
    ParagraphProps props;
    props.style = heading_style(heading.level);
    open_paragraph(props);
    if (heading.number && !heading.number->empty()) text_run(*heading.number + " ");
    const int bookmark = bookmark_open(heading.id);
    inlines(heading.content);
    bookmark_close(bookmark);
    close_paragraph();
}

void Story::write_block(const Paragraph& paragraph) {
    ParagraphProps props;
    props.align = paragraph.align;
    open_paragraph(props);
    inlines(paragraph.content);
    close_paragraph();
}

void Story::write_block(const List& list) {
    const int ilvl = list_depth_;
    const int num_id = made_.numbering.add(list, ilvl);
    ++list_depth_;
    for (const ListItem& item : list.items) list_item(item, num_id, ilvl);
    --list_depth_;
}

// The first paragraph of an item carries the number; further paragraphs line up with its text.
// An item that starts with something else (a nested list, a table) gets an empty numbered
// paragraph, so its number is not lost.
void Story::list_item(const ListItem& item, int num_id, int ilvl) {
    bool numbered = false;
    const auto numbered_paragraph = [&](const Paragraph* paragraph) {
        ParagraphProps props;
        props.style = style::list_paragraph;
        if (numbered) {
            props.indent_left = list_indent(ilvl);
        } else {
            props.numbering = std::make_pair(num_id, ilvl);
        }
        if (paragraph != nullptr) props.align = paragraph->align;
        open_paragraph(props);
        if (paragraph != nullptr) inlines(paragraph->content);
        close_paragraph();
        numbered = true;
    };
    for (const Block& b : item.content) {
        if (const auto* paragraph = std::get_if<Paragraph>(&b.value)) {
            numbered_paragraph(paragraph);
            continue;
        }
        if (!numbered) numbered_paragraph(nullptr);
        block(b);
    }
    if (!numbered) numbered_paragraph(nullptr);
}

// Label–value pairs as paragraphs rather than a layout table: they read in order (label,
// value, next label) with a screen reader and a clerk edits them like any text, and a table
// without header cells fails the accessibility checks (validate-docx -W). One pair per line:
// "Label", tab, value; wrapped lines indented under the value. Several pairs per line: each
// line a paragraph ending a continuous section of as many columns, a column break between its
// pairs, so a long value wraps inside its own column, as in the ODT writer. (A paragraph per
// pair would not do: LibreOffice splits a paragraph at a column break, and one that starts with
// the break leaves an empty line in the column before.) A list item or a footnote cannot end
// a section: there the pairs of a line share one paragraph on tab stops, the wrapped lines
// hanging in the last column.
void Story::write_block(const Fields& fields) {
    const long width = facts_.page.text_width();
    const int columns = fields.columns;
    const auto tab_run = [this] { x_.open("w:r").empty("w:tab").close(); };
    const auto label_run = [this](const std::string& label) {
        const RunScope scope(run_);
        run_.bold = true;
        text_run(label);
    };
    if (columns == 1) {
        long label_width = 0;
        for (const Field& field : fields.fields)
            label_width = std::max(label_width, text_width_twips(field.label, facts_.theme.body_size_pt));
        label_width = std::clamp(label_width + 280, width / 5, width * 2 / 5);
        for (std::size_t i = 0; i < fields.fields.size(); ++i) {
            const Field& field = fields.fields[i];
            ParagraphProps props;
            props.tabs = {{"left", label_width}};
            props.indent_left = label_width;
            props.hanging = label_width;
            props.space_after = i + 1 == fields.fields.size() ? 200 : 40;
            open_paragraph(props);
            label_run(field.label);
            tab_run();
            inlines(field.value);
            close_paragraph();
        }
        return;
    }
    const auto pair = [&](const Field& field) {
        label_run(field.label);
        text_run(" ");
        inlines(field.value);
    };
    const std::size_t per_line = static_cast<std::size_t>(columns);
    if (kind_ == Kind::Body && list_depth_ == 0) {
        if (fields.fields.empty()) return;
        section_break_paragraph();
        const std::string section = continuous_section(columns);
        for (std::size_t row = 0; row < fields.fields.size(); row += per_line) {
            const std::size_t end = std::min(fields.fields.size(), row + per_line);
            ParagraphProps props;
            props.space_after = end == fields.fields.size() ? 240 : 60;
            props.section = section;
            open_paragraph(props);
            for (std::size_t i = row; i < end; ++i) {
                if (i > row) x_.open("w:r").empty("w:br", {{"w:type", "column"}}).close();
                pair(fields.fields[i]);
            }
            close_paragraph();
        }
        return;
    }
    const long column_width = width / columns;
    std::vector<std::pair<std::string, long>> tabs;
    for (int c = 1; c < columns; ++c) tabs.emplace_back("left", column_width * c);
    for (std::size_t row = 0; row < fields.fields.size(); row += per_line) {
        const std::size_t end = std::min(fields.fields.size(), row + per_line);
        ParagraphProps props;
        props.tabs = tabs;
        props.indent_left = column_width * (columns - 1);
        props.hanging = props.indent_left;
        props.space_after = end == fields.fields.size() ? 240 : 60;
        open_paragraph(props);
        for (std::size_t i = row; i < end; ++i) {
            if (i > row) tab_run();
            pair(fields.fields[i]);
        }
        close_paragraph();
    }
}

std::string Story::continuous_section(int columns) {
    made_.has_section_breaks = true;
    plugin::XmlBuilder x;
    write_section_properties(x, facts_, {.columns = columns, .continuous = true});
    return x.finish();
}

void Story::section_break_paragraph() {
    ParagraphProps props;
    props.space_before = 0;
    props.space_after = 0;
    props.section = continuous_section(1);
    open_paragraph(props);
    close_paragraph();
}

// Place and date, then for each signer a line to sign on, the name and the role. The block
// is kept on one page.
void Story::write_block(const Signatures& signatures) {
    if (!signatures.dateline.empty()) {
        const std::string& line = signatures.dateline;
        ParagraphProps props;
        props.keep_next = true;
        props.space_before = 240;
        open_paragraph(props);
        text_run(line);
        close_paragraph();
    }
    const long line_width = std::min(facts_.page.text_width(), mm_to_twips(75));
    for (std::size_t i = 0; i < signatures.signatures.size(); ++i) {
        const Signature& signature = signatures.signatures[i];
        const bool last = i + 1 == signatures.signatures.size();
        ParagraphProps space;  // room for the handwritten signature, above a line
        space.style = style::signature;
        space.keep_next = true;
        space.space_before = 720;
        space.border_bottom = true;
        space.indent_right = facts_.page.text_width() - line_width;
        open_paragraph(space);
        close_paragraph();
        ParagraphProps name;
        name.style = style::signature;
        name.keep_next = !last || !signature.role.empty();
        name.space_before = 60;
        open_paragraph(name);
        text_run(signature.name);
        close_paragraph();
        if (!signature.role.empty()) {
            ParagraphProps role;
            role.style = style::signature;
            role.keep_next = !last;
            open_paragraph(role);
            {
                const RunScope scope(run_);
                run_.italic = true;
                text_run(signature.role);
            }
            close_paragraph();
        }
    }
    ParagraphProps after;
    after.space_after = 0;
    open_paragraph(after);
    close_paragraph();
}

void Story::write_block(const Figure& figure) {
    const Extent extent = image_extent(figure.image, figure.width_mm, twips_to_emu(facts_.page.text_width()));
    const int id = made_.next_drawing_id++;
    DrawingRef ref{id, relationships_.add(rel::image, made_.media.add(figure.image)),
                   facts_.theme.labels.figure + " " + std::to_string(id), figure.alt};
    ParagraphProps props;
    props.style = style::figure;
    props.keep_next = !figure.caption.empty();
    open_paragraph(props);
    const int bookmark = bookmark_open(figure.id);
    x_.raw(inline_drawing(ref, extent));
    bookmark_close(bookmark);
    close_paragraph();
    if (!figure.caption.empty()) {
        ParagraphProps caption;
        caption.style = style::caption;
        open_paragraph(caption);
        inlines(figure.caption);
        close_paragraph();
    }
}

void Story::footnote_content(const Footnote& footnote, int number) {
    x_.open("w:footnote", {{"w:id", std::to_string(number)}});
    note_mark_pending_ = true;
    blocks(footnote.content);
    if (note_mark_pending_) empty_paragraph();
    x_.close();
}

// Carried by the next paragraph as w:pageBreakBefore, so the new page does not start with an
// empty line; flushed as a break of its own before anything that is not a paragraph.
void Story::write_block(const PageBreak&) {
    if (kind_ == Kind::Body) page_break_pending_ = true;
}

// The contents as Word writes a TOC field's result, but without the TOC field around it: each
// entry a TOCn paragraph holding a hyperlink to the heading's bookmark, a tab with dot leader
// and a stand-alone PAGEREF field. LibreOffice imports a PAGEREF inside a TOC field as plain
// text (the cached estimate is printed as it is) but a stand-alone one as a live page reference
// it computes at layout, so the numbers are exact there; Word recalculates every field on
// opening (w:updateFields in settings.xml). The cached result stays the writer's estimate.
// A contents with no entries yet stays a TOC field, so Word fills it in on update.
void Story::write_block(const TableOfContents& toc) {
    const int depth = toc.depth;
    const std::vector<TocEntry> entries = collect_toc(facts_.document, depth);
    ParagraphProps title;
    title.style = style::toc_heading;
    open_paragraph(title);
    text_run(toc.title);
    close_paragraph();
    if (entries.empty()) {
        ParagraphProps props;
        props.style = toc_style(1);
        open_paragraph(props);
        field(" TOC \\o \"1-" + std::to_string(depth) + "\" \\h \\z \\u ", facts_.theme.labels.contents_update);
        close_paragraph();
        return;
    }
    for (const TocEntry& entry : entries) {
        ParagraphProps props;
        props.style = toc_style(entry.level);
        open_paragraph(props);
        const std::string bookmark = made_.bookmarks.name(entry.id);
        x_.open("w:hyperlink", {{"w:anchor", bookmark}, {"w:history", "1"}});
        text_run(entry.number.empty() ? entry.text : entry.number + " " + entry.text);
        x_.open("w:r").empty("w:tab").close();
        page_field(entry.id);
        x_.close();
        close_paragraph();
    }
}

// A section is a bookmark around its blocks when it has an id (cross-references and the
// agenda's page numbers point at it); otherwise it leaves no trace.
void Story::write_block(const Section& section) {
    int bookmark = 0;
    if (!section.id.empty()) {
        // A body-level bookmark would sit before a pending page break; let the break go first.
        if (page_break_pending_ && !section.content.empty() &&
            !std::holds_alternative<Heading>(section.content.front().value) &&
            !std::holds_alternative<Paragraph>(section.content.front().value))
            flush_page_break();
        const bool starts_with_paragraph =
            !section.content.empty() && (std::holds_alternative<Heading>(section.content.front().value) ||
                                         std::holds_alternative<Paragraph>(section.content.front().value));
        if (last_was_table_ && starts_with_paragraph) {
            // Right after a table, LibreOffice loses a bookmark that starts a paragraph or stands
            // before it (a PAGEREF to it gives "Error: Reference source not found"): start it
            // after the first run of the section's first paragraph, which is on the same page.
            bookmark = made_.bookmarks.next_id();
            bookmark_pending_ = {made_.bookmarks.name(section.id), bookmark};
        } else {
            bookmark = bookmark_open(section.id);
        }
    }
    blocks(section.content);
    bookmark_close(bookmark);
}

}  // namespace kansli::docx
