#include "pdf_text_block.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <charconv>

#include "pdf_paint_runs.hpp"

namespace kansli::pdf {
namespace {

double points(int pango_units) { return pango_units_to_double(pango_units); }

PangoAlignment pango_alignment(Align align) {
    switch (align) {
        case Align::Center:
            return PANGO_ALIGN_CENTER;
        case Align::Right:
            return PANGO_ALIGN_RIGHT;
        case Align::Left:
        case Align::Default:
            break;
    }
    return PANGO_ALIGN_LEFT;
}

}  // namespace

TextShaper::TextShaper(PangoFontMap* font_map, const std::string& language)
    : context_(pango_font_map_create_context(font_map)) {
    // Metrics as the font designs them, not fitted to a screen's pixels: the same line breaks
    // at every resolution, and the same as a word processor's, which measures unhinted too.
    std::unique_ptr<cairo_font_options_t, Releaser<cairo_font_options_destroy>> options(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_.get(), options.get());
    pango_cairo_context_set_resolution(context_.get(), 72.0);
    pango_context_set_round_glyph_positions(context_.get(), FALSE);
    pango_context_set_language(context_.get(), pango_language_from_string(language.c_str()));
}

FontDescription TextShaper::font(const TextStyle& style) const {
    FontDescription font(pango_font_description_new());
    pango_font_description_set_family(font.get(), style.family.c_str());
    pango_font_description_set_size(font.get(), static_cast<gint>(style.size * PANGO_SCALE + 0.5));
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    return font;
}

const StyleMetrics& TextShaper::metrics(const TextStyle& style) {
    const FontDescription font_description = font(style);
    std::unique_ptr<char, Releaser<g_free>> key(pango_font_description_to_string(font_description.get()));
    const auto known = metrics_.find(key.get());
    if (known != metrics_.end()) return known->second;
    FontMetrics metrics(pango_context_get_metrics(context_.get(), font_description.get(), nullptr));
    StyleMetrics m;
    m.ascent = points(pango_font_metrics_get_ascent(metrics.get()));
    m.descent = points(pango_font_metrics_get_descent(metrics.get()));
    m.line_height = std::max(points(pango_font_metrics_get_height(metrics.get())), m.ascent + m.descent);
    m.underline_position = -points(pango_font_metrics_get_underline_position(metrics.get()));
    m.underline_thickness = points(pango_font_metrics_get_underline_thickness(metrics.get()));
    return metrics_.emplace(key.get(), m).first->second;
}

TextBlock::TextBlock(TextShaper& shaper, InlineText text, const ParagraphStyle& style, double width, Align align)
    : text_(std::move(text)),
      style_(style.text),
      metrics_(shaper.metrics(style.text)),
      layout_(pango_layout_new(shaper.context())) {
    PangoLayout* layout = layout_.get();
    const FontDescription font = shaper.font(style_);
    pango_layout_set_font_description(layout, font.get());
    pango_layout_set_width(layout, static_cast<int>(std::max(width, 1.0) * PANGO_SCALE));
    // Words break where Unicode allows; only a word wider than the line (an e-mail address, a
    // web address) is broken between characters.
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, pango_alignment(align));
    pango_layout_set_attributes(layout, text_.attributes.get());
    pango_layout_set_text(layout, text_.text.data(), static_cast<int>(text_.text.size()));
    paint_runs(layout, text_.paint.get());

    // The font's line, times the style's factor (Word's "multiple" spacing); a line holding a
    // larger font (a symbol from a fallback font) grows to fit it.
    const double pitch = metrics_.line_height * style.line_factor;
    double top = 0;
    std::unique_ptr<PangoLayoutIter, Releaser<pango_layout_iter_free>> iter(pango_layout_get_iter(layout));
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
        const double ascent = points(pango_layout_iter_get_baseline(iter.get()) - logical.y);
        const double natural = points(logical.height);
        const double height = std::max(pitch, natural);
        pango_lines_.push_back(pango_layout_iter_get_line_readonly(iter.get()));
        lines_.push_back(
            {top, top + ascent + (height - natural) / 2, height, points(logical.x), points(logical.width)});
        top += height;
    } while (pango_layout_iter_next_line(iter.get()));
}

double TextBlock::widest_line() const {
    double widest = 0;
    for (const Line& line : lines_) widest = std::max(widest, line.width);
    return widest;
}

std::size_t TextBlock::line_of(unsigned offset) const {
    const auto after = std::upper_bound(
        pango_lines_.begin(), pango_lines_.end(), offset,
        [](unsigned byte, const PangoLayoutLine* line) { return byte < static_cast<unsigned>(line->start_index); });
    return after == pango_lines_.begin() ? 0 : static_cast<std::size_t>(after - pango_lines_.begin() - 1);
}

namespace {

// Everything a laid-out block is made of, as one string.
std::string block_key(const InlineText& text, const ParagraphStyle& style, double width, Align align) {
    std::string key = text.text;
    // std::to_chars, not std::to_string: exact (a width that differs in its seventh decimal is
    // another width) and without printf, which cost 34 M instructions a document here.
    const auto number = [&key](auto value) {
        char digits[32];
        key += ' ';
        key.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
    };
    key += '\0';
    std::unique_ptr<char, Releaser<g_free>> attributes(pango_attr_list_to_string(text.attributes.get()));
    key += attributes.get();
    std::unique_ptr<char, Releaser<g_free>> paint(pango_attr_list_to_string(text.paint.get()));
    key += '\0';
    key += paint.get();
    for (const auto& segment : text.segments) {
        number(segment.start);
        number(segment.slot);
    }
    for (const auto& link : text.links) {
        number(link.start);
        number(link.end);
        number(link.element);
        key += '\0' + link.uri + '\0' + link.anchor + '\0' + link.contents;
    }
    for (const auto& anchor : text.anchors) {
        number(anchor.offset);
        key += '\0' + anchor.id;
    }
    for (const auto& note : text.footnotes) {
        number(note.offset);
        number(note.note);
    }
    key += '\0' + style.text.family;
    for (const double value :
         {style.text.size, style.text.colour.r, style.text.colour.g, style.text.colour.b, style.line_factor, width})
        number(value);
    number(static_cast<int>(style.text.bold) * 2 + static_cast<int>(style.text.italic));
    number(static_cast<int>(align));
    return key;
}

}  // namespace

std::shared_ptr<const TextBlock> LayoutCache::layout(TextShaper& shaper, InlineText text, const ParagraphStyle& style,
                                                     double width, Align align) {
    std::string key = block_key(text, style, width, align);
    std::shared_ptr<const TextBlock> block;
    if (const auto found = previous_.find(key); found != previous_.end()) {
        block = found->second;
    } else {
        block = std::make_shared<const TextBlock>(shaper, std::move(text), style, width, align);
    }
    current_.insert_or_assign(std::move(key), block);
    return block;
}

void LayoutCache::next_pass() {
    previous_ = std::move(current_);
    current_.clear();
}

}  // namespace kansli::pdf
