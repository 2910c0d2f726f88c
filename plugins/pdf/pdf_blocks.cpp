// Blocks other than tables: one function per kind, chosen by std::visit in block().
#include <algorithm>
#include <array>
#include <variant>

#include "kansli/error.hpp"
#include "pdf_typesetter.hpp"

namespace kansli::pdf {
namespace {

std::string roman(int number) {
    static constexpr std::array<std::pair<int, const char*>, 13> kNumerals{{{1000, "m"},
                                                                            {900, "cm"},
                                                                            {500, "d"},
                                                                            {400, "cd"},
                                                                            {100, "c"},
                                                                            {90, "xc"},
                                                                            {50, "l"},
                                                                            {40, "xl"},
                                                                            {10, "x"},
                                                                            {9, "ix"},
                                                                            {5, "v"},
                                                                            {4, "iv"},
                                                                            {1, "i"}}};
    std::string out;
    for (const auto& [value, numeral] : kNumerals)
        for (; number >= value; number -= value) out += numeral;
    return out;
}

std::string letters(int number, char first) {
    std::string out;
    for (; number > 0; number = (number - 1) / 26)
        out.insert(out.begin(), static_cast<char>(first + (number - 1) % 26));
    return out;
}

// The label of item `index` as the DOCX numbering prints it ("1.", "a)", "A.", "i.", "•", "–").
std::string list_label(const List& list, std::size_t index) {
    const int number = std::max(list.start, 0) + static_cast<int>(index);
    if (!list.ordered) return list.marker == List::Marker::Dash ? "\u2013" : "\u2022";
    switch (list.marker) {
        case List::Marker::LowerAlpha:
            return letters(number, 'a') + ")";
        case List::Marker::UpperAlpha:
            return letters(number, 'A') + ".";
        case List::Marker::LowerRoman:
            return roman(number) + ".";
        default:
            return std::to_string(number) + ".";
    }
}

// ISO 32000-1 Table 347, ListNumbering: what kind of labels the list's Lbl elements hold.
std::string list_numbering(const List& list) {
    if (!list.ordered) return list.marker == List::Marker::Dash ? "None" : "Disc";
    switch (list.marker) {
        case List::Marker::LowerAlpha:
            return "LowerAlpha";
        case List::Marker::UpperAlpha:
            return "UpperAlpha";
        case List::Marker::LowerRoman:
            return "LowerRoman";
        default:
            return "Decimal";
    }
}

}  // namespace

Typeset typeset(const TypesetInput& input) {
    Typeset out{{}, {}, Footnotes(input.document), {}};
    Typesetter(input, out).document();
    return out;
}

Typesetter::Typesetter(const TypesetInput& input, Typeset& out)
    : document_(input.document),
      theme_(input.theme),
      styles_(input.styles),
      shaper_(input.shaper),
      layouts_(input.layouts),
      images_(input.images),
      body_height_(input.body_height),
      out_(out),
      page_numbers_(input.pages, out.printed_pages),
      slices_(&out.flow.body) {}

void Typesetter::document() {
    blocks(document_.content, out_.tree.root());
    // An id whose block drew nothing (an empty section at the end) is the end of the text.
    if (!pending_anchors_.empty() && !slices_->empty())
        for (std::string& id : pending_anchors_)
            slices_->back().anchors.push_back({std::move(id), slices_->back().height});
    pending_anchors_.clear();
    footnote_area();
}

// ---------------------------------------------------------------- helpers

InlineContext Typesetter::inline_context() { return {out_.tree, styles_, document_, page_numbers_, out_.footnotes}; }

std::shared_ptr<const TextBlock> Typesetter::layout(InlineText text, const ParagraphStyle& style, double width,
                                                    Align align) {
    return layouts_.layout(shaper_, std::move(text), style, width, align);
}

double Typesetter::space_before(const ParagraphStyle& style) {
    // Text right under a table would touch its bottom rule.
    const double before = after_table_ ? std::max(style.space_before, styles_.space_after_table) : style.space_before;
    after_table_ = false;
    return before;
}

void Typesetter::push(Slice slice) {
    if (page_break_pending_ && slices_ == &out_.flow.body) {
        slice.page_break_before = true;
        page_break_pending_ = false;
    }
    for (std::string& id : pending_anchors_) slice.anchors.insert(slice.anchors.begin(), {std::move(id), 0});
    pending_anchors_.clear();
    slice.source_line = current_line_;
    slices_->push_back(std::move(slice));
}

std::size_t Typesetter::text_slices(const std::shared_ptr<const TextBlock>& block, const ParagraphStyle& style,
                                    double x) {
    const std::size_t first = slices_->size();
    const auto& lines = block->lines();
    const InlineText& text = block->text();
    const double before = space_before(style);
    // Each anchor and note goes on its line's slice, found once (not once per line: a paragraph
    // of thousands of footnote references has thousands of lines).
    std::vector<std::vector<AnchorMark>> anchors(lines.size());
    for (const auto& anchor : text.anchors) anchors[block->line_of(anchor.offset)].push_back({anchor.id, 0});
    std::vector<std::vector<int>> notes(lines.size());
    for (const auto& note : text.footnotes) notes[block->line_of(note.offset)].push_back(note.note);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Slice slice;
        slice.height = lines[i].height;
        slice.items.push_back(TextLineItem{block, i, x, -lines[i].top, std::nullopt});
        const bool last = i + 1 == lines.size();
        if (i == 0) slice.space_before = before;
        if (last) slice.space_after = style.space_after;
        // No line of a paragraph alone at the foot of a page (orphan) or at the top (widow).
        slice.keep_with_next = last ? style.keep_with_next : (i == 0 || i + 2 == lines.size());
        slice.anchors = std::move(anchors[i]);
        slice.footnotes = std::move(notes[i]);
        push(std::move(slice));
    }
    if (pending_label_) label_on_first_line(first, *block);
    return first;
}

// A slice that holds a whole text block (a field's value) holds its anchors and footnotes too.
void Typesetter::take_marks(Slice& slice, const InlineText& text) {
    for (const auto& anchor : text.anchors) slice.anchors.push_back({anchor.id, 0});
    for (const auto& note : text.footnotes) slice.footnotes.push_back(note.note);
}

void Typesetter::label_on_first_line(std::size_t slice_index, const TextBlock& first) {
    Slice& slice = (*slices_)[slice_index];
    const auto& line = first.lines().front();
    const double baseline = line.baseline - line.top;
    // Drawn before the line, so text extraction in drawing order (pdftotext) reads "1. Text".
    slice.items.insert(slice.items.begin(),
                       TextLineItem{pending_label_, 0, pending_label_x_,
                                    baseline - pending_label_->lines().front().baseline, std::nullopt});
    pending_label_.reset();
}

// ---------------------------------------------------------------- blocks

void Typesetter::blocks(const Blocks& content, int parent) {
    for (const Block& b : content) block(b, parent);
}

void Typesetter::block(const Block& block, int parent) {
    current_line_ = block.source_line;
    try {
        std::visit([this, parent](const auto& node) { write_block(node, parent); }, block.value);
    } catch (Error& e) {
        if (e.where().line != 0) throw;
        SourceLocation where = e.where();
        where.line = block.source_line;
        throw Error(e.kind(), where, e.message());
    }
}

void Typesetter::write_block(const Heading& heading, int parent) {
    const int level = heading.level;
    const int element = out_.tree.add_element(parent, "H" + std::to_string(level));
    InlineContext context = inline_context();
    InlineBuilder text(context, element);
    std::string title;
    if (heading.number && !heading.number->empty()) {
        text.text(*heading.number + " ");
        title = *heading.number + " ";
    }
    text.inlines(heading.content);
    title += plain_text(heading.content);
    const ParagraphStyle& style = in_footnote_ ? styles_.footnote : styles_.headings[level - 1];
    if (!heading.id.empty()) pending_anchors_.push_back(heading.id);
    const std::size_t first = text_slices(layout(text.finish(), style, width(), Align::Default), style, left());
    if (!in_footnote_) (*slices_)[first].outline.push_back({level, title, 0});
}

void Typesetter::write_block(const Paragraph& paragraph, int parent) {
    const int element = out_.tree.add_element(parent, "P");
    InlineContext context = inline_context();
    InlineBuilder text(context, element);
    if (!pending_note_number_.empty()) {
        // A footnote's first paragraph starts with its number, raised as in the text.
        text.element_text("Lbl", pending_note_number_, true);
        text.text(" ");
        pending_note_number_.clear();
    }
    text.inlines(paragraph.content);
    const ParagraphStyle& style = in_footnote_      ? styles_.footnote
                                  : list_depth_ > 0 ? styles_.list_paragraph
                                                    : styles_.body;
    ParagraphStyle spaced = style;
    if (list_depth_ > 0) spaced.space_after = 0;  // items follow each other closely (contextual spacing)
    text_slices(layout(text.finish(), spaced, width(), paragraph.align), spaced, left());
}

void Typesetter::write_block(const List& list, int parent) {
    const int element = out_.tree.add_element(parent, "L");
    out_.tree.element(element).list_numbering = list_numbering(list);
    ++list_depth_;
    for (std::size_t i = 0; i < list.items.size(); ++i) list_item(list, i, element);
    --list_depth_;
    if (list_depth_ == 0 && !slices_->empty())
        slices_->back().space_after = std::max(slices_->back().space_after, styles_.list_paragraph.space_after);
}

// The label hangs in the indent; the item's blocks line up with each other one step further in.
// An item that starts with something other than a paragraph gets its label on a line of its own.
void Typesetter::list_item(const List& list, std::size_t index, int parent) {
    const int item = out_.tree.add_element(parent, "LI");
    const int label = out_.tree.add_element(item, "Lbl");
    InlineContext context = inline_context();
    InlineBuilder label_text(context, label);
    label_text.text(list_label(list, index));
    pending_label_ = layout(label_text.finish(), styles_.list_paragraph, styles_.list_indent, Align::Default);
    pending_label_x_ = left();
    const int body = out_.tree.add_element(item, "LBody");
    indent_ += styles_.list_indent;
    const auto& content = list.items[index].content;
    if (content.empty() || !std::holds_alternative<Paragraph>(content.front().value)) {
        Slice slice;
        slice.height = pending_label_->height();
        slice.items.push_back(TextLineItem{pending_label_, 0, pending_label_x_, 0, std::nullopt});
        slice.keep_with_next = !content.empty();
        pending_label_.reset();
        push(std::move(slice));
    }
    blocks(content, body);
    indent_ -= styles_.list_indent;
}

// The picture at its printed size, scaled down to the column and the page; its caption below.
void Typesetter::write_block(const Figure& figure, int parent) {
    const std::string what = figure.id.empty() ? figure.image.path : figure.id;
    auto& image = images_[&figure.image];
    if (!image) image = std::make_shared<const PlacedImage>(load_image(figure.image, what));
    const double max_height = body_height_ - 48;  // room for a caption on the same page
    const ImageSize size = image_size(figure.image, figure.width_mm, width(), max_height);
    const int element = out_.tree.add_element(parent, "Figure");
    out_.tree.element(element).alt = figure.alt;
    if (!figure.id.empty()) pending_anchors_.push_back(figure.id);
    Slice slice;
    slice.height = size.height;
    slice.space_before = space_before(styles_.figure);
    slice.space_after = styles_.figure.space_after;
    slice.keep_with_next = !figure.caption.empty();
    slice.items.push_back(
        ImageItem{image, left(), 0, size.width, size.height, Tag::content(out_.tree.add_slot(element)), element});
    push(std::move(slice));
    if (figure.caption.empty()) return;
    const int caption = out_.tree.add_element(parent, "Caption");
    InlineContext context = inline_context();
    InlineBuilder text(context, caption);
    text.inlines(figure.caption);
    ParagraphStyle style = styles_.caption;
    style.keep_with_next = false;
    text_slices(layout(text.finish(), style, width(), Align::Default), style, left());
}

// Each footnote's blocks, in the footnote style and under its Note element, as the slices the
// paginator puts at the foot of the page of its first reference; its number leads its first
// paragraph.
void Typesetter::footnote_area() {
    std::vector<Slice>* body = slices_;
    in_footnote_ = true;
    for (std::size_t i = 0; i < document_.footnotes.size(); ++i) {
        slices_ = &out_.flow.footnotes.emplace_back();
        const int note = static_cast<int>(i);
        pending_anchors_.push_back(note_anchor(note));
        pending_note_number_ = std::to_string(i + 1);
        const Blocks& content = document_.footnotes[i].content;
        const int element = out_.footnotes.elements[i];  // check_document(): each is referred to
        // A note that does not start with a paragraph gets one for its number.
        if (content.empty() || !std::holds_alternative<Paragraph>(content.front().value))
            write_block(Paragraph{}, element);
        blocks(content, element);
    }
    in_footnote_ = false;
    slices_ = body;
}

void Typesetter::write_block(const PageBreak&, int) {
    if (!in_footnote_) page_break_pending_ = true;
}

// The title, then an entry per heading: its number and words, a leader of dots and the page it
// starts on, the whole entry a link to it. The page numbers are those of the previous pass;
// the writer lays the document out again until they no longer change.
void Typesetter::write_block(const TableOfContents& toc, int parent) {
    const int element = out_.tree.add_element(parent, "TOC");
    InlineContext context = inline_context();
    {
        InlineBuilder title(context, out_.tree.add_element(element, "Caption"));
        title.text(toc.title);
        text_slices(layout(title.finish(), styles_.toc_title, width(), Align::Default), styles_.toc_title, left());
    }
    constexpr double kNumberWidth = 30;
    constexpr double kGap = 4;
    for (const TocEntry& entry : collect_toc(document_, toc.depth)) {
        const ParagraphStyle& style = styles_.toc_entries[entry.level - 1];
        const int item = out_.tree.add_element(element, "TOCI");
        const int reference = out_.tree.add_element(item, "Reference");
        const int link = out_.tree.add_element(reference, "Link");
        const std::string words = entry.number.empty() ? entry.text : entry.number + " " + entry.text;
        const std::string number = page_numbers_.of(entry.id);
        InlineBuilder entry_text(context, reference);
        entry_text.plain_link(link, entry.id, words, words);
        InlineBuilder number_text(context, reference);
        number_text.plain_link(link, entry.id, words, number);
        const double x = left() + style.indent;
        const double text_width = width() - style.indent - kNumberWidth - kGap;
        const auto text = layout(entry_text.finish(), style, text_width, Align::Default);
        const auto numeral = layout(number_text.finish(), style, kNumberWidth, Align::Right);
        text_slices(text, style, x);
        Slice& last = slices_->back();
        const TextBlock::Line& line = text->lines().back();
        const double baseline = line.baseline - line.top;
        const double number_x = x + text_width + kGap;
        last.items.push_back(
            TextLineItem{numeral, 0, number_x, baseline - numeral->lines().front().baseline, std::nullopt});
        const double from = x + line.x + line.width + kGap;
        const double to = number_x + kNumberWidth - numeral->lines().front().width - kGap;
        if (to > from) last.items.push_back(DotsItem{from, to, baseline, style.text.size, style.text.colour});
    }
}

// A section groups its blocks (Sect); its id marks the place of its first block.
void Typesetter::write_block(const Section& section, int parent) {
    const int element = out_.tree.add_element(parent, "Sect");
    if (!section.id.empty()) pending_anchors_.push_back(section.id);
    blocks(section.content, element);
}

}  // namespace kansli::pdf
