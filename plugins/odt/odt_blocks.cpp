// Blocks other than tables: one function per kind, chosen by std::visit in block().
#include <algorithm>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "kansli/locale.hpp"
#include "odt_names.hpp"
#include "odt_render.hpp"
#include "odt_units.hpp"

namespace kansli::odt {
namespace {

// Indentation per list level; the list styles in styles.xml use the same step.
constexpr double kListIndentMm = 6.35;

// What ODF allows in a list item: paragraphs, headings and lists. Labels and values,
// signatures and figures are paragraphs; sections and footnotes leave no element of their own.
// These kinds are none of that: they are written between the lists instead.
bool outside_lists_only(const Block& block) {
    return std::holds_alternative<Table>(block.value) || std::holds_alternative<Agenda>(block.value) ||
           std::holds_alternative<TableOfContents>(block.value);
}

// Label–value fields and signatures with nothing in them write nothing, so they resume no
// interrupted list either: one answer for the writer and for ResumeCount.
bool writes_nothing(const Fields& fields) { return fields.fields.empty(); }
bool writes_nothing(const Signatures& signatures) {
    return signatures.dateline.empty() && signatures.signatures.empty();
}

// A rough printed width of a label in bold body text: enough to line the values up after the
// longest label without measuring glyphs.
double label_width_mm(const std::string& label, double size_pt) {
    const auto characters = std::count_if(label.begin(), label.end(),
                                          [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    constexpr double kMmPerPt = 25.4 / 72.0;
    return static_cast<double>(characters) * size_pt * 0.55 * kMmPerPt;
}

// How often an outermost list will be resumed (see resume_lists): a block written between the
// lists interrupts them, and the next thing in them that writes anything (an item, a list, a
// paragraph) resumes them. Counted before the list opens, so that each of its text:list
// elements that a later one continues gets its xml:id as it opens.
class ResumeCount {
public:
    explicit ResumeCount(const List& list) { items(list); }
    int resumes() const { return resumes_; }

private:
    void items(const List& list) {
        for (const ListItem& item : list.items) {
            writes();
            for (const Block& block : item.content) visit(block);
        }
    }
    void visit(const Block& block) {
        if (outside_lists_only(block)) {
            interrupted_ = true;
            return;
        }
        std::visit(
            [this](const auto& node) {
                using Node = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<Node, List>) {
                    writes();
                    items(node);
                } else if constexpr (std::is_same_v<Node, Section>) {
                    for (const Block& inner : node.content) visit(inner);
                } else if constexpr (std::is_same_v<Node, Fields> || std::is_same_v<Node, Signatures>) {
                    if (!writes_nothing(node)) writes();
                } else if constexpr (!std::is_same_v<Node, PageBreak>) {
                    writes();  // a heading, paragraph or figure: a paragraph
                }
            },
            block.value);
    }
    void writes() {
        if (interrupted_) ++resumes_;
        interrupted_ = false;
    }
    bool interrupted_ = false;
    int resumes_ = 0;
};

}  // namespace

void ContentRenderer::blocks(std::span<const Block> blocks) {
    for (const Block& b : blocks) block(b);
}

void ContentRenderer::block(const Block& block) {
    if (!lists_.empty() && outside_lists_only(block)) {
        outside_lists(block);
        return;
    }
    std::visit([this](const auto& node) { write_block(node); }, block.value);
}

// The heading's id becomes a bookmark around its text: page references and the table of
// contents point at it, and a text reference shows what it encloses.
void ContentRenderer::write_block(const Heading& heading) {
    const int level = heading.level;
    const std::string outline = std::to_string(level);
    open_paragraph("text:h", names::heading(level, heading.in_toc), Align::Default, {{"text:outline-level", outline}});
    // The number stays outside the bookmark, so a text reference gives the heading's words.
    if (heading.number && !heading.number->empty()) {
        text(*heading.number);
        text(" ");
    }
    ranged_bookmark(heading.id, [&] { inlines(heading.content); });
    close_paragraph("text:h");
}

void ContentRenderer::write_block(const Paragraph& paragraph) {
    open_paragraph("text:p", body_paragraph_style(), paragraph.align);
    inlines(paragraph.content);
    close_paragraph("text:p");
}

void ContentRenderer::write_block(const List& list) {
    // A nested list after a table in its item: the lists around it come back first.
    resume_lists(false);
    if (!lists_.empty()) lists_.back().item_empty = false;
    xml_.open("text:list", {{"text:style-name", names::list_style(list)}});
    OpenList frame;
    frame.list = &list;
    if (lists_.empty()) frame.resumes_left = ResumeCount(list).resumes();
    if (frame.resumes_left > 0) {
        frame.id = next_list_id();
        attribute("xml:id", frame.id);
    }
    lists_.push_back(std::move(frame));
    for (std::size_t i = 0; i < list.items.size(); ++i) list_item(list.items[i], list, i == 0);
    if (lists_.back().element_open) xml_.close("text:list");
    lists_.pop_back();
}

// Every ordered list states where it starts: LibreOffice would otherwise continue the
// numbering of an earlier list with the same style. A list resumed after a table continues
// instead (resume_lists), so only the very first item has a start value.
void ContentRenderer::list_item(const ListItem& item, const List& list, bool first) {
    resume_lists(true);
    xml_.open("text:list-item");
    if (first && list.ordered) attribute("text:start-value", std::to_string(list.start));
    const std::size_t depth = lists_.size();
    lists_.back().item_open = true;
    lists_.back().header = false;
    lists_.back().item_empty = true;
    blocks(item.content);
    OpenList& frame = lists_[depth - 1];  // by index: nested lists may have moved the vector
    if (frame.item_open) xml_.close(frame.header ? "text:list-header" : "text:list-item");
    frame.item_open = false;
}

// A table in a list item: ODF allows none there (a text box around it would be valid, but
// LibreOffice does not show a table in one). So the lists are closed, the block is written
// at the level of the lists' container (the body, a footnote), as wide as the text area, and
// the lists resume when the next paragraph, list or item comes.
void ContentRenderer::outside_lists(const Block& block) {
    interrupt_lists();
    std::vector<OpenList> lists = std::exchange(lists_, {});
    std::visit([this](const auto& node) { write_block(node); }, block.value);
    lists_ = std::move(lists);
}

void ContentRenderer::interrupt_lists() {
    // An item that starts with the table still shows its number, on a line of its own above
    // the table, as the DOCX writer does.
    if (!lists_.empty() && lists_.back().item_open && lists_.back().item_empty && !lists_.back().header) {
        open_paragraph("text:p", body_paragraph_style());
        close_paragraph("text:p");
    }
    for (auto frame = lists_.rbegin(); frame != lists_.rend(); ++frame) {
        if (frame->item_open) xml_.close(frame->header ? "text:list-header" : "text:list-item");
        if (frame->element_open) xml_.close("text:list");
        frame->item_open = false;
        frame->element_open = false;
    }
}

// text:continue-list names the xml:id of the list element it continues. Each resumed list
// continues the one just before it, which got its xml:id as it opened because the count of
// resumes said something would continue it (LibreOffice follows such a chain back to the first list;
// text:continue-numbering would continue whatever list came last, such as one in a footnote inside the table). The
// nested lists belong to the outermost one: their numbers continue with it.
void ContentRenderer::resume_lists(bool new_item) {
    for (std::size_t i = 0; i < lists_.size(); ++i) {
        OpenList& frame = lists_[i];
        const bool innermost = i + 1 == lists_.size();
        if (!frame.element_open) {
            xml_.open("text:list", {{"text:style-name", names::list_style(*frame.list)}});
            if (i == 0) {
                attribute("text:continue-list", frame.id);
                frame.id = --frame.resumes_left > 0 ? next_list_id() : std::string();
                if (!frame.id.empty()) attribute("xml:id", frame.id);
            }
            frame.element_open = true;
        }
        if (!frame.item_open && !(innermost && new_item)) {
            xml_.open("text:list-header");
            frame.item_open = true;
            frame.header = true;
        }
    }
}

// Label–value pairs. One pair a line: a paragraph each (bold label, tab, value; wrapped lines
// hang under the value), which reads in order and edits like any text. Several pairs a line:
// each line a section of as many columns, a pair to a column (a column break between them), so
// a long value (an e-mail address) wraps inside its own column instead of back under the other
// pair, the pairs still read in order, and the lines stay level. Not a table: this is layout,
// and a table without header cells would be announced as data.
void ContentRenderer::write_block(const Fields& fields) {
    if (writes_nothing(fields)) return;
    const std::size_t columns = static_cast<std::size_t>(fields.columns);
    const double width = table_width_mm() - kListIndentMm * list_depth();
    const std::string_view parent = in_note_ ? names::kFootnote : names::kField;
    if (columns == 1) {
        double label = 0;
        for (const Field& field : fields.fields)
            label = std::max(label, label_width_mm(field.label, theme_.body_size_pt));
        label = std::clamp(label + 5.0, width / 5, width * 2 / 5);
        for (std::size_t i = 0; i < fields.fields.size(); ++i) {
            const Field& field = fields.fields[i];
            // A hanging indent is also a tab stop, so the tab takes the value to the indent.
            open_paragraph("text:p",
                           styles_.tabbed_paragraph(parent, {}, label, i + 1 == fields.fields.size() ? 3.5 : 0.7));
            xml_.element("text:span", field.label, {{"text:style-name", names::kStrong}}).empty("text:tab");
            inlines(field.value);
            close_paragraph("text:p");
        }
        return;
    }
    // A list item or a footnote cannot hold a section (ODF): there the pairs stay on tab stops.
    const bool as_sections = list_depth() == 0 && !in_note_;
    std::vector<double> tabs;
    for (std::size_t c = 1; c < columns && !as_sections; ++c)
        tabs.push_back(width * static_cast<double>(c) / static_cast<double>(columns));
    const std::string section_style = as_sections ? styles_.columns_section(static_cast<int>(columns), 3.0) : "";
    for (std::size_t row = 0; row < fields.fields.size(); row += columns) {
        const std::size_t end = std::min(fields.fields.size(), row + columns);
        const double space_below = end == fields.fields.size() ? 4.2 : 1.0;
        if (as_sections) {
            xml_.open("text:section", {{"text:style-name", section_style},
                                       {"text:name", "Uppgifter" + std::to_string(++section_count_)}});
        } else {
            open_paragraph("text:p", styles_.tabbed_paragraph(parent, tabs, 0, space_below));
        }
        for (std::size_t i = row; i < end; ++i) {
            if (!as_sections && i > row) xml_.empty("text:tab");
            if (as_sections)
                open_paragraph("text:p", i == row ? styles_.tabbed_paragraph(parent, {}, 0, space_below)
                                                  : styles_.column_start_paragraph(parent, space_below));
            xml_.element("text:span", fields.fields[i].label, {{"text:style-name", names::kStrong}}).text(" ");
            inlines(fields.fields[i].value);
            if (as_sections) close_paragraph("text:p");
        }
        if (as_sections)
            xml_.close("text:section");
        else
            close_paragraph("text:p");
    }
}

// "Katrineholm den 3 februari 2021", then for each signer a line to sign on (the name's top
// border, with room above it), the name, and the role below.
void ContentRenderer::write_block(const Signatures& signatures) {
    if (writes_nothing(signatures)) return;
    if (!signatures.dateline.empty()) {
        open_paragraph("text:p", names::kSignaturePlace);
        text(signatures.dateline);
        close_paragraph("text:p");
    }
    for (const Signature& signature : signatures.signatures) {
        open_paragraph("text:p", names::kSignatureName);
        text(signature.name);
        close_paragraph("text:p");
        if (!signature.role.empty()) {
            open_paragraph("text:p", names::kSignatureRole);
            text(signature.role);
            close_paragraph("text:p");
        }
    }
}

void ContentRenderer::write_block(const Figure& figure) {
    // With a caption the bookmark encloses the caption (a text reference shows it), else it
    // marks the image.
    if (!figure.id.empty() && figure.caption.empty()) pending_bookmarks_.push_back(figure.id);
    open_paragraph("text:p", names::kFigureImage);
    FrameSpec spec;
    spec.name = theme_.labels.figure + std::to_string(++frame_count_);
    spec.style_name = styles_.image_frame();
    spec.href = images_.add(figure.image);
    spec.title = figure.alt;
    const double max_width = table_width_mm() - kListIndentMm * list_depth();
    spec.size = frame_size(figure.image, figure.width_mm, max_width);
    image_frame(xml_, spec);
    close_paragraph("text:p");
    if (!figure.caption.empty()) {
        open_paragraph("text:p", names::kFigureCaption);
        ranged_bookmark(figure.id, [&] { inlines(figure.caption); });
        close_paragraph("text:p");
    }
}

// No element of its own: the next paragraph or table starts a new page (fo:break-before), so
// no empty paragraph is left at the foot of the previous page.
void ContentRenderer::write_block(const PageBreak&) {
    if (!in_note_) pending_break_ = true;
}

// A text:table-of-content that LibreOffice can regenerate (from the heading styles, so
// headings marked toc="false" stay out), delivered already filled: each entry links to its
// heading, and its page number is a bookmark reference, which LibreOffice computes when it
// lays out the document (it does not regenerate indexes on load).
void ContentRenderer::write_block(const TableOfContents& toc) {
    const int depth = toc.depth;
    const std::string& title = toc.title;
    const std::string name = theme_.labels.contents_index + std::to_string(++table_count_);
    xml_.open("text:table-of-content",
              {{"text:style-name", styles_.toc_section()}, {"text:protected", "true"}, {"text:name", name}});
    xml_.open("text:table-of-content-source", {{"text:outline-level", std::to_string(depth)},
                                               {"text:use-outline-level", "false"},
                                               {"text:use-index-source-styles", "true"},
                                               {"text:index-scope", "document"}});
    xml_.element("text:index-title-template", title, {{"text:style-name", names::kContentsHeading}});
    for (int level = 1; level <= depth; ++level) {
        xml_.open("text:table-of-content-entry-template",
                  {{"text:outline-level", std::to_string(level)}, {"text:style-name", names::contents(level)}});
        xml_.empty("text:index-entry-link-start").empty("text:index-entry-text");
        xml_.element("text:index-entry-span", " ");
        xml_.empty("text:index-entry-tab-stop", {{"style:type", "right"}, {"style:leader-char", "."}});
        xml_.empty("text:index-entry-page-number").empty("text:index-entry-link-end");
        xml_.close("text:table-of-content-entry-template");
    }
    for (int level = 1; level <= depth; ++level) {
        xml_.open("text:index-source-styles", {{"text:outline-level", std::to_string(level)}});
        xml_.empty("text:index-source-style", {{"text:style-name", names::heading(level)}});
        xml_.close("text:index-source-styles");
    }
    xml_.close("text:table-of-content-source");
    xml_.open("text:index-body");
    xml_.open("text:index-title", {{"text:name", name + "_" + theme_.labels.heading}});
    open_paragraph("text:p", names::kContentsHeading);
    text(title);
    close_paragraph("text:p");
    xml_.close("text:index-title");
    for (const TocEntry& entry : collect_toc(document_, depth)) {
        open_paragraph("text:p", names::contents(entry.level));
        xml_.open("text:a", {{"xlink:type", "simple"},
                             {"xlink:href", "#" + entry.id},
                             {"text:style-name", names::kIndexLink},
                             {"text:visited-style-name", names::kIndexLink}});
        if (!entry.number.empty()) text(entry.number + " ");
        text(entry.text);
        xml_.close("text:a");
        // A space before the tab is where the line may break: an entry whose text ends just
        // short of its number then puts the leader and number on a line of their own, as a
        // typesetter would, instead of printing the number against the text ("…nämnden12").
        xml_.text(" ").empty("text:tab");
        page_reference(entry.id);
        close_paragraph("text:p");
    }
    xml_.close("text:index-body").close("text:table-of-content");
}

// A section leaves no element of its own (text:section would be a second, competing
// structure for LibreOffice users to trip over); its id is a bookmark at its first paragraph.
void ContentRenderer::write_block(const Section& section) {
    if (!section.id.empty()) pending_bookmarks_.push_back(section.id);
    blocks(section.content);
}

}  // namespace kansli::odt
