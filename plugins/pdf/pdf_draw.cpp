#include "pdf_draw.hpp"

#include <cairo-pdf.h>
#include <hb.h>
#include <pango/pangocairo.h>

#include <charconv>
#include <cmath>
#include <numbers>

#include "kansli/error.hpp"
#include "pdf_images.hpp"

namespace kansli::pdf {
namespace {

double points(int pango_units) { return pango_units_to_double(pango_units); }

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A number for Cairo's link attributes, written the same in every locale.
std::string number(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    return std::string(buffer, result.ptr);
}

const PangoAttribute* run_attribute(const PangoGlyphItem* run, PangoAttrType type) {
    for (const GSList* l = run->item->analysis.extra_attrs; l != nullptr; l = l->next) {
        const auto* attribute = static_cast<const PangoAttribute*>(l->data);
        if (attribute->klass->type == type) return attribute;
    }
    return nullptr;
}

class Drawer {
public:
    Drawer(const Pagination& pages, const Styles& styles, StructureTree& tree)
        : pages_(pages), styles_(styles), tree_(tree) {
        surface_.reset(
            cairo_pdf_surface_create_for_stream(&append_bytes, &result_.pdf, styles.page.width, styles.page.height));
        cairo_pdf_surface_restrict_to_version(surface_.get(), CAIRO_PDF_VERSION_1_5);
        cr_.reset(cairo_create(surface_.get()));
    }

    Drawing run(Furniture& furniture) {
        const int count = static_cast<int>(pages_.pages.size());
        for (int index = 0; index < count; ++index) {
            page_ = index;
            next_mcid_ = 0;
            result_.sequences.emplace_back();
            const Page& page = pages_.pages[static_cast<std::size_t>(index)];
            for (const PlacedSlice& placed : page.body) slice(*placed.slice, placed.y);
            if (!page.notes.empty()) {
                set_tag(Tag::decoration());
                const double y = page.notes_top + kNoteSeparator / 2;
                rule(RuleItem{styles_.page.margin_left, styles_.page.margin_left + styles_.page.text_width() / 3, y,
                              0.5, styles_.body.text.colour});
                for (const PlacedSlice& placed : page.notes) slice(*placed.slice, placed.y);
            }
            for (const DrawItem& item : furniture.page(index, count)) draw_item(item, 0);
            close_tag();
            cairo_show_page(cr_.get());
        }
        outline();
        cr_.reset();
        cairo_surface_finish(surface_.get());
        if (const cairo_status_t status = cairo_surface_status(surface_.get()); status != CAIRO_STATUS_SUCCESS)
            throw Error(Error::Kind::Plugin, {},
                        std::string("PDF writer: Cairo failed: ") + cairo_status_to_string(status));
        return std::move(result_);
    }

private:
    void slice(const Slice& s, double y) {
        for (const DrawItem& item : s.items) draw_item(item, y);
    }

    void draw_item(const DrawItem& item, double y) {
        std::visit(
            [&](const auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, TextLineItem>) {
                    text_line(it, y);
                } else if constexpr (std::is_same_v<T, ImageItem>) {
                    image(it, y);
                } else {
                    set_tag(Tag::decoration());
                    shape(it, y);
                }
            },
            item);
    }

    // ---- marked content

    void set_tag(Tag tag) {
        if (open_ && tag.slot == current_.slot && (tag.slot >= 0 || tag.artifact == current_.artifact)) return;
        close_tag();
        cairo_tag_begin(cr_.get(), "Span", nullptr);
        open_ = true;
        current_ = tag;
        MarkedSequence sequence;
        if (tag.slot >= 0) {
            sequence.element = tree_.slot(tag.slot).element;
            sequence.mcid = next_mcid_++;
            tree_.add_mark(tag.slot, {page_, sequence.mcid});
        } else {
            sequence.artifact = true;
            sequence.kind = tag.artifact;
        }
        result_.sequences.back().push_back(sequence);
    }

    void close_tag() {
        if (!open_) return;
        cairo_tag_end(cr_.get(), "Span");
        open_ = false;
    }

    // ---- text

    // The line's runs one by one, so each is tagged with its own slot and a link's runs give the
    // link annotation's box; drawn as Pango's renderer would (offsets, raised text, underline).
    void text_line(const TextLineItem& item, double slice_y) {
        const TextBlock& block = *item.block;
        const TextBlock::Line& line = block.lines()[item.line];
        const InlineText& text = block.text();
        PangoLayoutLine* pango_line = block.pango_line(item.line);
        const double top = slice_y + item.top + line.top;
        const double baseline = slice_y + item.top + line.baseline;
        double x = item.x + line.x;
        const InlineText::LinkRange* link = nullptr;
        std::array<double, 4> link_box{};
        const auto flush_link = [&] {
            if (link == nullptr) return;
            add_link(*link, link_box);
            link = nullptr;
        };
        if (pango_line->runs == nullptr) {
            // An empty line still marks its slot: an empty table cell is content too.
            const int slot = text.slot_at(static_cast<unsigned>(pango_line->start_index));
            set_tag(item.tag ? *item.tag : slot >= 0 ? Tag::content(slot) : Tag::decoration());
        }
        PangoGlyphItem* last_run = nullptr;
        for (GSList* l = pango_line->runs; l != nullptr; l = l->next) {
            auto* run = static_cast<PangoGlyphItem*>(l->data);
            last_run = run;
            const auto offset = static_cast<unsigned>(run->item->offset);
            const int slot = text.slot_at(offset);
            set_tag(item.tag ? *item.tag : slot >= 0 ? Tag::content(slot) : Tag::decoration());
            x += points(run->start_x_offset);
            const double run_baseline = baseline - points(run->y_offset);
            const double width = points(pango_glyph_string_get_width(run->glyphs));
            Rgb colour = block.style().colour;
            if (const auto* fg = run_attribute(run, PANGO_ATTR_FOREGROUND)) {
                const PangoColor& c = reinterpret_cast<const PangoAttrColor*>(fg)->color;
                colour = {c.red / 65535.0, c.green / 65535.0, c.blue / 65535.0};
            }
            cairo_set_source_rgb(cr_.get(), colour.r, colour.g, colour.b);
            cairo_move_to(cr_.get(), x, run_baseline);
            pango_cairo_show_glyph_item(cr_.get(), text.text.c_str(), run);
            missing_glyphs(*run, x, run_baseline);
            if (const auto* underline = run_attribute(run, PANGO_ATTR_UNDERLINE);
                underline != nullptr &&
                reinterpret_cast<const PangoAttrInt*>(underline)->value != PANGO_UNDERLINE_NONE) {
                const StyleMetrics& m = block.metrics();
                cairo_rectangle(cr_.get(), x, run_baseline + m.underline_position, width, m.underline_thickness);
                cairo_fill(cr_.get());
            }
            if (!item.tag) {
                const InlineText::LinkRange* here = text.link_at(offset);
                if (here != link) {
                    flush_link();
                    link = here;
                    if (link != nullptr) link_box = {x, top, x + width, top + line.height};
                } else if (link != nullptr) {
                    link_box[2] = x + width;
                }
            }
            x += width + points(run->end_x_offset);
        }
        flush_link();
        if (last_run != nullptr && item.line + 1 < block.lines().size() &&
            ends_in_word_break(block, item.line, *last_run))
            invisible_space(*last_run, x, baseline, " ");
    }

    // Characters that no installed font has (an emoji without an emoji font) are drawn by Pango as
    // a box with their code in it, which is not text; the characters themselves are written
    // after it as /ActualText of an invisible space, so the text layer still holds them.
    void missing_glyphs(const PangoGlyphItem& run, double x, double baseline) {
        std::string characters;
        for (int i = 0; i < run.glyphs->num_glyphs; ++i) {
            const PangoGlyph glyph = run.glyphs->glyphs[i].glyph;
            if ((glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0 || glyph == PANGO_GLYPH_EMPTY) continue;
            char utf8[6];
            characters.append(utf8,
                              static_cast<std::size_t>(g_unichar_to_utf8(glyph & ~PANGO_GLYPH_UNKNOWN_FLAG, utf8)));
        }
        if (!characters.empty()) invisible_space(run, x, baseline, characters);
    }

    // Whether the text layer loses the space between this line and the next: Pango leaves a line
    // separator (a line break in the text) out of the line, and draws nothing for a space that
    // ends a line in a run of its own (Cairo then writes nothing either). Elsewhere the space
    // that ends a line reaches the file as /ActualText.
    static bool ends_in_word_break(const TextBlock& block, std::size_t line, const PangoGlyphItem& last_run) {
        const PangoLayoutLine* here = block.pango_line(line);
        const int end = here->start_index + here->length;
        if (block.pango_line(line + 1)->start_index > end) return true;  // a separator between them
        for (int i = 0; i < last_run.glyphs->num_glyphs; ++i)
            if (last_run.glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY) return false;
        return last_run.item->length > 0;
    }

    // An invisible space glyph of the run's font standing for `words` in the text layer: a space
    // where a line breaks, so a screen reader and a text search read two words there, not one;
    // characters drawn as boxes. Cairo writes the words as the glyph's /ActualText when they are
    // not a space.
    void invisible_space(const PangoGlyphItem& run, double x, double baseline, const std::string& words) {
        PangoFont* font = run.item->analysis.font;
        hb_codepoint_t space = 0;
        if (font == nullptr || !hb_font_get_nominal_glyph(pango_font_get_hb_font(font), ' ', &space)) return;
        cairo_set_scaled_font(cr_.get(), pango_cairo_font_get_scaled_font(reinterpret_cast<PangoCairoFont*>(font)));
        const cairo_glyph_t glyph{space, x, baseline};
        const cairo_text_cluster_t cluster{static_cast<int>(words.size()), 1};
        cairo_show_text_glyphs(cr_.get(), words.data(), static_cast<int>(words.size()), &glyph, 1, &cluster, 1,
                               cairo_text_cluster_flags_t{});
    }

    void add_link(const InlineText::LinkRange& link, const std::array<double, 4>& box) {
        LinkAnnotation annotation;
        annotation.element = link.element;
        annotation.page = page_;
        annotation.rect = box;
        annotation.contents = link.contents;
        if (!link.anchor.empty()) {
            const auto target = pages_.anchors.find(link.anchor);
            if (target == pages_.anchors.end()) return;  // never: every id has a place (pdf_blocks.cpp)
            annotation.destination = Destination{target->second.page, styles_.page.margin_left, target->second.y};
        } else {
            annotation.uri = link.uri;
        }
        tree_.add_link(std::move(annotation));
    }

    // ---- pictures and shapes

    void image(const ImageItem& item, double slice_y) {
        set_tag(item.tag);
        const double y = slice_y + item.y;
        cairo_t* cr = cr_.get();
        cairo_save(cr);
        cairo_translate(cr, item.x, y);
        cairo_scale(cr, item.width / item.image->pixel_width, item.height / item.image->pixel_height);
        cairo_set_source_surface(cr, item.image->surface.get(), 0, 0);
        // A fill of the image's rectangle, not cairo_paint: as the first drawing of a page, a paint
        // makes Cairo 1.16's recording surface drop what came before it, the open tag included.
        cairo_rectangle(cr, 0, 0, item.image->pixel_width, item.image->pixel_height);
        cairo_fill(cr);
        cairo_restore(cr);
        if (item.element >= 0)
            tree_.element(item.element).bbox = {item.x, styles_.page.height - (y + item.height), item.x + item.width,
                                                styles_.page.height - y};
    }

    void rule(const RuleItem& r) {
        cairo_set_source_rgb(cr_.get(), r.colour.r, r.colour.g, r.colour.b);
        cairo_rectangle(cr_.get(), r.x0, r.y - r.thickness / 2, r.x1 - r.x0, r.thickness);
        cairo_fill(cr_.get());
    }

    void shape(const FillItem& f, double y) {
        cairo_set_source_rgb(cr_.get(), f.colour.r, f.colour.g, f.colour.b);
        cairo_rectangle(cr_.get(), f.x, y + f.y, f.width, f.height);
        cairo_fill(cr_.get());
    }
    void shape(const RuleItem& r, double y) {
        RuleItem placed = r;
        placed.y += y;
        rule(placed);
    }
    // Dots a period's width apart (a quarter of an em, as a word processor's dotted tab leader
    // spaces its periods), aligned to a grid so the dots of entries above each other line up.
    void shape(const DotsItem& d, double y) {
        const double step = d.size / 4;
        const double radius = d.size * 0.045;
        cairo_set_source_rgb(cr_.get(), d.colour.r, d.colour.g, d.colour.b);
        for (double x = std::ceil(d.x0 / step) * step; x + radius <= d.x1; x += step) {
            cairo_new_sub_path(cr_.get());
            cairo_arc(cr_.get(), x, y + d.baseline - radius, radius, 0, 2 * std::numbers::pi);
        }
        cairo_fill(cr_.get());
    }
    void shape(const TextLineItem&, double) {}
    void shape(const ImageItem&, double) {}

    // ---- bookmarks

    // The headings as a tree of bookmarks: each under the nearest heading of a higher level.
    void outline() {
        std::vector<std::pair<int, int>> open;  // (level, Cairo's id)
        for (const Pagination::Heading& heading : pages_.outline) {
            while (!open.empty() && open.back().first >= heading.level) open.pop_back();
            const int parent = open.empty() ? CAIRO_PDF_OUTLINE_ROOT : open.back().second;
            const std::string link = "page=" + std::to_string(heading.at.page + 1) + " pos=[" +
                                     number(styles_.page.margin_left) + " " + number(heading.at.y) + "]";
            const int id = cairo_pdf_surface_add_outline(
                surface_.get(), parent, heading.title.c_str(), link.c_str(),
                heading.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t{});
            open.emplace_back(heading.level, id);
        }
    }

    const Pagination& pages_;
    const Styles& styles_;
    StructureTree& tree_;
    Drawing result_;
    CairoSurface surface_;
    CairoContext cr_;
    int page_ = 0;
    int next_mcid_ = 0;
    bool open_ = false;
    Tag current_;
};

}  // namespace

Drawing draw(const Pagination& pages, const Styles& styles, Furniture& furniture, StructureTree& tree) {
    return Drawer(pages, styles, tree).run(furniture);
}

}  // namespace kansli::pdf
