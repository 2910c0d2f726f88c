// Text laid out by Pango: a paragraph broken into lines at a width (Unicode line breaking for
// Swedish, soft hyphens honoured, long words such as e-mail addresses broken only where they
// must), with the top and baseline of every line at the paragraph's line spacing.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "pdf_handles.hpp"
#include "pdf_inline_text.hpp"
#include "pdf_styles.hpp"

namespace kansli::pdf {

// The font measures a style needs, in points.
struct StyleMetrics {
    double ascent = 0;
    double descent = 0;
    double line_height = 0;         // ascent, descent and the font's line gap: a word processor's "single" line
    double underline_position = 0;  // below the baseline
    double underline_thickness = 0;
};

// The Pango context every layout of one document is made in: fonts through fontconfig at 72
// units per inch (a Pango point is a PDF point), unhinted metrics and unrounded glyph positions
// (so widths do not depend on a screen), Swedish as the language of the text. Its font map is
// borrowed from the writer's FontMaps (pdf_font_maps.hpp) for the document.
class TextShaper {
public:
    TextShaper(PangoFontMap* font_map, const std::string& language);
    PangoContext* context() const { return context_.get(); }
    FontDescription font(const TextStyle& style) const;
    const StyleMetrics& metrics(const TextStyle& style);

private:
    GObjectHandle<PangoContext> context_;          // holds a reference to its font map
    std::map<std::string, StyleMetrics> metrics_;  // by font description
};

class TextBlock {
public:
    struct Line {
        double top;       // from the block's top, points
        double baseline;  // from the block's top
        double height;    // from this line's top to the next one's
        double x;         // where the line starts (alignment), from the block's left
        double width;     // of its text
    };

    TextBlock(TextShaper& shaper, InlineText text, const ParagraphStyle& style, double width, Align align);
    TextBlock(const TextBlock&) = delete;
    TextBlock& operator=(const TextBlock&) = delete;

    const std::vector<Line>& lines() const { return lines_; }
    PangoLayoutLine* pango_line(std::size_t index) const { return pango_lines_[index]; }
    double height() const { return lines_.empty() ? 0 : lines_.back().top + lines_.back().height; }
    double widest_line() const;
    const InlineText& text() const { return text_; }
    const TextStyle& style() const { return style_; }
    const StyleMetrics& metrics() const { return metrics_; }
    // The line holding the byte at `offset`.
    std::size_t line_of(unsigned offset) const;

private:
    InlineText text_;
    TextStyle style_;
    StyleMetrics metrics_;
    GObjectHandle<PangoLayout> layout_;
    std::vector<PangoLayoutLine*> pango_lines_;  // owned by layout_
    std::vector<Line> lines_;
};

// Paragraphs laid out in the previous pass, for the next: a document is laid out again until its
// page numbers settle, and only the paragraphs that print a changed number need Pango again.
// A block is reused only when everything it is made of is the same (text, attributes, the
// structure slots and links in it, style, width), so the result is the same as without it.
class LayoutCache {
public:
    std::shared_ptr<const TextBlock> layout(TextShaper& shaper, InlineText text, const ParagraphStyle& style,
                                            double width, Align align);
    // The blocks of the pass just finished become those the next pass may reuse.
    void next_pass();

private:
    std::map<std::string, std::shared_ptr<const TextBlock>> previous_;
    std::map<std::string, std::shared_ptr<const TextBlock>> current_;
};

}  // namespace kansli::pdf
