#include "pdf_paint_runs.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

#include "pdf_handles.hpp"

namespace kansli::pdf {
namespace {

using Attribute = std::unique_ptr<PangoAttribute, Releaser<pango_attribute_destroy>>;

// The list's attributes (copies), in its order: by start, then as inserted.
std::vector<Attribute> attributes_of(PangoAttrList* list) {
    std::vector<Attribute> out;
    GSList* copies = pango_attr_list_get_attributes(list);
    for (GSList* l = copies; l != nullptr; l = l->next) out.emplace_back(static_cast<PangoAttribute*>(l->data));
    g_slist_free(copies);
    return out;
}

// The attributes overlapping each run, for runs visited in ascending text order: the attributes
// that have started are taken in order, those that ended before the run are dropped.
class Sweep {
public:
    explicit Sweep(const std::vector<Attribute>& attributes) : attributes_(attributes) {}

    // A new list holding copies of the attributes overlapping [start, end), in the list's order;
    // null when none does.
    AttrList overlapping(unsigned start, unsigned end) {
        for (; next_ < attributes_.size() && attributes_[next_]->start_index < end; ++next_)
            if (attributes_[next_]->end_index > attributes_[next_]->start_index) open_.push_back(next_);
        std::erase_if(open_, [&](std::size_t i) { return attributes_[i]->end_index <= start; });
        if (open_.empty()) return nullptr;
        AttrList list(pango_attr_list_new());
        for (const std::size_t i : open_)
            pango_attr_list_insert(list.get(), pango_attribute_copy(attributes_[i].get()));
        return list;
    }

private:
    const std::vector<Attribute>& attributes_;
    std::size_t next_ = 0;
    std::vector<std::size_t> open_;  // indices into attributes_, ascending
};

}  // namespace

void paint_runs(PangoLayout* layout, PangoAttrList* paint) {
    const std::vector<Attribute> attributes = attributes_of(paint);
    if (attributes.empty()) return;
    Sweep sweep(attributes);
    const char* text = pango_layout_get_text(layout);
    // pango_layout_get_lines, not _readonly: the lines' runs are replaced (split) here.
    for (GSList* l = pango_layout_get_lines(layout); l != nullptr; l = l->next) {
        auto* line = static_cast<PangoLayoutLine*>(l->data);
        // A line's runs are in visual order; the sweep takes them in text order (right-to-left
        // text has them reversed), and each run's pieces take its place in the line.
        std::vector<PangoGlyphItem*> runs;
        for (GSList* r = line->runs; r != nullptr; r = r->next) runs.push_back(static_cast<PangoGlyphItem*>(r->data));
        std::vector<std::size_t> order(runs.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return runs[a]->item->offset < runs[b]->item->offset; });
        std::vector<GSList*> pieces(runs.size(), nullptr);
        for (const std::size_t i : order) {
            const auto start = static_cast<unsigned>(runs[i]->item->offset);
            const AttrList overlapping = sweep.overlapping(start, start + static_cast<unsigned>(runs[i]->item->length));
            // Takes the run and gives it back, split where the attributes change.
            pieces[i] = overlapping ? pango_glyph_item_apply_attrs(runs[i], text, overlapping.get())
                                    : g_slist_prepend(nullptr, runs[i]);
        }
        g_slist_free(line->runs);
        line->runs = nullptr;
        for (auto piece = pieces.rbegin(); piece != pieces.rend(); ++piece)
            line->runs = g_slist_concat(*piece, line->runs);
    }
}

}  // namespace kansli::pdf
