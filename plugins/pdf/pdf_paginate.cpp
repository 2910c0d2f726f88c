#include "pdf_paginate.hpp"

#include <algorithm>

#include "kansli/error.hpp"

namespace kansli::pdf {
namespace {

// The space between two slices: the larger of the one's space after and the other's space
// before, as Word and LibreOffice lay out paragraphs (not their sum).
double gap(double after, double before) { return std::max(after, before); }

double slices_height(const std::vector<Slice>& slices) {
    double height = 0;
    double after = 0;
    for (const Slice& s : slices) {
        height += gap(after, s.space_before) + s.height;
        after = s.space_after;
    }
    return height + after;
}

class Paginator {
public:
    Paginator(const Flow& flow, const BodyArea& area) : flow_(flow), area_(area), placed_notes_(flow.footnotes.size()) {
        for (const auto& note : flow.footnotes) note_heights_.push_back(slices_height(note));
    }

    Pagination run() {
        new_page();
        const auto& slices = flow_.body;
        for (std::size_t i = 0; i < slices.size(); ++i) {
            const Slice& slice = slices[i];
            if (slice.page_break_before && !page().body.empty()) new_page();
            if (!page().body.empty() && !fits(chain_end(i), i)) new_page();
            // A table going on from the previous page starts this one with its header rows.
            if (page().body.empty() && slice.repeat_header >= 0 && i > 0 &&
                slices[i - 1].repeat_header == slice.repeat_header) {
                for (const Slice& header : flow_.headers[static_cast<std::size_t>(slice.repeat_header)]) place(header);
            }
            // Even a page of its own (its footnotes included) is too small for it.
            if (slice.space_before + slice.height + notes_for(i, i) > room()) too_tall(slice);
            place(slice);
            for (int note : slice.footnotes) place_note(note);
        }
        finish_page();
        return std::move(result_);
    }

private:
    Page& page() { return result_.pages.back(); }

    void new_page() {
        if (!result_.pages.empty()) finish_page();
        result_.pages.emplace_back();
        y_ = result_.pages.size() == 1 ? area_.top_first : area_.top;
        after_ = 0;
        notes_height_ = 0;
    }

    // The last slice that must go on one page with slice `i`; just `i` when the whole run would
    // not fit on an empty page anyway.
    std::size_t chain_end(std::size_t i) const {
        const auto& slices = flow_.body;
        std::size_t end = i;
        double height = slices[i].space_before + slices[i].height;
        while (slices[end].keep_with_next && end + 1 < slices.size() && !slices[end + 1].page_break_before) {
            height += gap(slices[end].space_after, slices[end + 1].space_before) + slices[end + 1].height;
            ++end;
        }
        return height + notes_for(i, end) > room() ? i : end;
    }

    double room() const { return area_.bottom - (result_.pages.size() == 1 ? area_.top_first : area_.top); }

    // The footnote room slices first..last add to the page.
    double notes_for(std::size_t first, std::size_t last) const {
        double height = 0;
        for (std::size_t k = first; k <= last; ++k)
            for (int note : flow_.body[k].footnotes)
                if (!placed_notes_[static_cast<std::size_t>(note)])
                    height += note_heights_[static_cast<std::size_t>(note)];
        if (height > 0 && notes_height_ == 0) height += kNoteSeparator;
        return height;
    }

    // Whether slices i..last fit below what is on the page.
    bool fits(std::size_t last, std::size_t i) const {
        const auto& slices = flow_.body;
        double height = gap(after_, slices[i].space_before) + slices[i].height;
        for (std::size_t k = i + 1; k <= last; ++k)
            height += gap(slices[k - 1].space_after, slices[k].space_before) + slices[k].height;
        return y_ + height <= area_.bottom - notes_height_ - notes_for(i, last) + 0.01;
    }

    void place(const Slice& slice) {
        y_ += gap(after_, slice.space_before);
        const int page_index = static_cast<int>(result_.pages.size()) - 1;
        page().body.push_back({&slice, y_});
        for (const AnchorMark& anchor : slice.anchors)
            result_.anchors.emplace(anchor.id, Position{page_index, y_ + anchor.y});
        for (const OutlineMark& heading : slice.outline)
            result_.outline.push_back({heading.level, heading.title, {page_index, y_ + heading.y}});
        y_ += slice.height;
        after_ = slice.space_after;
    }

    void place_note(int note) {
        if (placed_notes_[static_cast<std::size_t>(note)]) return;
        placed_notes_[static_cast<std::size_t>(note)] = true;
        if (notes_height_ == 0) notes_height_ = kNoteSeparator;
        notes_height_ += note_heights_[static_cast<std::size_t>(note)];
        page_notes_.push_back(note);
    }

    // The footnote area sits at the foot of the body: its notes in the order of their numbers.
    void finish_page() {
        Page& p = page();
        if (!page_notes_.empty()) {
            p.notes_top = area_.bottom - notes_height_;
            double y = p.notes_top + kNoteSeparator;
            double after = 0;
            const int page_index = static_cast<int>(result_.pages.size()) - 1;
            for (int note : page_notes_) {
                for (const Slice& slice : flow_.footnotes[static_cast<std::size_t>(note)]) {
                    y += gap(after, slice.space_before);
                    p.notes.push_back({&slice, y});
                    for (const AnchorMark& anchor : slice.anchors)
                        result_.anchors.emplace(anchor.id, Position{page_index, y + anchor.y});
                    y += slice.height;
                    after = slice.space_after;
                }
            }
        }
        page_notes_.clear();
    }

    [[noreturn]] static void too_tall(const Slice& slice) {
        SourceLocation where;
        where.line = slice.source_line;
        throw Error(Error::Kind::Plugin, where,
                    "PDF writer: this block (a table row, with its footnotes) is taller than a page and cannot be "
                    "split; shorten it or allow the table's rows to break");
    }

    const Flow& flow_;
    const BodyArea& area_;
    Pagination result_;
    std::vector<bool> placed_notes_;
    std::vector<double> note_heights_;
    std::vector<int> page_notes_;
    double y_ = 0;      // the foot of the last slice on the page
    double after_ = 0;  // its space after
    double notes_height_ = 0;
};

}  // namespace

std::map<std::string, int> Pagination::page_numbers() const {
    std::map<std::string, int> numbers;
    for (const auto& [id, position] : anchors) numbers.emplace(id, position.page + 1);
    return numbers;
}

Pagination paginate(const Flow& flow, const BodyArea& area) { return Paginator(flow, area).run(); }

}  // namespace kansli::pdf
