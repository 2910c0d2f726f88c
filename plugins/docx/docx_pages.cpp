#include "docx_pages.hpp"

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <variant>

#include "docx_drawing.hpp"
#include "docx_layout.hpp"
#include "docx_numbering.hpp"

namespace kansli::docx {
namespace {

// Average advance of a character as a share of the font size, for proportional Latin text.
constexpr double kCharWidth = 0.47;
constexpr double kLineFactor = 1.25;  // line height over font size, with the styles' spacing

std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

class Estimator {
public:
    Estimator(const Document& document, const Theme& theme, const PageGeometry& page)
        : document_(document), theme_(theme), page_(page) {}

    std::map<std::string, int> run() {
        blocks(document_.content, page_.text_width());
        return std::move(pages_);
    }

private:
    double line(double size_pt) const { return size_pt * kLineFactor * 20.0; }
    double lines_of(const std::string& text, double size_pt, double width) const {
        const double per_line = std::max(1.0, width / (size_pt * kCharWidth * 20.0));
        return std::max(1.0, std::ceil(static_cast<double>(characters(text)) / per_line));
    }
    void mark(const std::string& id) {
        if (!id.empty()) pages_.emplace(id, page_number_);
    }
    void mark_anchors(const Inlines& inlines) {
        for (const Inline& node : inlines) {
            std::visit(
                [this](const auto& n) {
                    using T = std::decay_t<decltype(n)>;
                    if constexpr (std::is_same_v<T, Anchor>) mark(n.id);
                    if constexpr (requires { n.content; }) mark_anchors(n.content);
                },
                node.value);
        }
    }
    void new_page() {
        ++page_number_;
        y_ = 0.0;
    }
    void take_break() {
        if (break_pending_ && y_ > 0.0) new_page();
        break_pending_ = false;
    }
    // Something that cannot be split (a table row, a picture, a heading with what follows).
    void place(double height) {
        take_break();
        if (y_ > 0.0 && y_ + height > static_cast<double>(page_.text_height())) new_page();
        y_ += height;
    }
    // Text that flows over pages line by line.
    void flow(double lines, double line_height, double after) {
        take_break();
        for (int i = 0; i < static_cast<int>(lines); ++i) place(line_height);
        y_ += after;
    }

    void blocks(const Blocks& blocks, double width) {
        for (const Block& block : blocks) std::visit([&](const auto& node) { this->block(node, width); }, block.value);
    }

    void block(const Heading& heading, double width) {
        const double size = theme_.heading_sizes_pt[heading.level - 1];
        const double height = lines_of(plain_text(heading.content), size, width) * line(size) + 360.0;
        // Kept with the next lines: it moves to the next page when they would not fit.
        take_break();
        if (y_ > 0.0 && y_ + height + 2 * line(theme_.body_size_pt) > static_cast<double>(page_.text_height()))
            new_page();
        mark(heading.id);
        mark_anchors(heading.content);
        y_ += height;
    }
    void block(const Paragraph& paragraph, double width) {
        take_break();
        mark_anchors(paragraph.content);
        flow(lines_of(plain_text(paragraph.content), theme_.body_size_pt, width), line(theme_.body_size_pt), 120.0);
    }
    void block(const List& list, double width) {
        const double inner = width - static_cast<double>(list_indent(0));
        for (const ListItem& item : list.items) blocks(item.content, inner);
    }
    void block(const Table& table, double width) {
        const double size = std::max(theme_.body_size_pt - 1.0, 7.0);
        take_break();
        if (!table.caption.empty() || table.numbered) place(line(size) + 180.0);
        mark(table.id);
        const TableGrid grid(table);
        const std::vector<long> widths = column_widths(grid, std::lround(width));
        const auto row_height = [&](std::size_t row) {
            double lines = 1.0;
            for (const GridCell& placed : grid.row(row))
                lines = std::max(lines, lines_of(plain_text(placed.cell->content), size,
                                                 static_cast<double>(cell_width(placed, widths)) - 170.0));
            return lines * size * 1.15 * 20.0 + 96.0;
        };
        double head = 0.0;
        for (std::size_t r = 0; r < grid.head_rows(); ++r) head += row_height(r);
        place(head);
        for (std::size_t r = grid.head_rows(); r < grid.rows(); ++r) {
            const double h = row_height(r);
            if (y_ + h > static_cast<double>(page_.text_height())) {
                new_page();
                y_ += head;  // the repeated header rows
            }
            y_ += h;
        }
        y_ += 200.0;
    }
    void block(const Fields& fields, double) {
        const int columns = fields.columns;
        const auto rows =
            (fields.fields.size() + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns);
        flow(static_cast<double>(rows) * (columns > 1 ? 2.0 : 1.0), line(theme_.body_size_pt), 200.0);
    }
    void block(const Agenda& agenda, double width) {
        const double size = std::max(theme_.body_size_pt - 1.0, 7.0);
        take_break();
        place(line(size) * 2 + 180.0);
        for (const AgendaItem& item : agenda.items)
            place(lines_of(plain_text(item.title) + item.note, size, width * 0.55) * size * 1.15 * 20.0 + 96.0);
        y_ += 200.0;
    }
    void block(const Signatures& signatures, double) {
        place(static_cast<double>(signatures.signatures.size()) * 5.0 * line(theme_.body_size_pt) + 480.0);
    }
    void block(const Figure& figure, double width) {
        const Extent extent = image_extent(figure.image, figure.width_mm, twips_to_emu(std::lround(width)));
        const double caption = figure.caption.empty() ? 0.0 : line(theme_.body_size_pt) + 120.0;
        take_break();
        place(static_cast<double>(extent.cy) / 635.0 + 180.0 + caption);
        mark(figure.id);
    }
    void block(const PageBreak&, double) { break_pending_ = true; }
    void block(const TableOfContents& toc, double) {
        const auto entries = collect_toc(document_, toc.depth);
        place(line(theme_.heading_sizes_pt[0]) + 480.0);
        flow(static_cast<double>(entries.size()), line(theme_.body_size_pt) + 40.0, 0.0);
    }
    void block(const Section& section, double width) {
        take_break();
        mark(section.id);
        blocks(section.content, width);
    }

    const Document& document_;
    const Theme& theme_;
    const PageGeometry& page_;
    std::map<std::string, int> pages_;
    int page_number_ = 1;
    double y_ = 0.0;
    bool break_pending_ = false;
};

}  // namespace

std::map<std::string, int> estimate_pages(const Document& document, const Theme& theme, const PageGeometry& page) {
    return Estimator(document, theme, page).run();
}

}  // namespace kansli::docx
