// The page's furniture, as in the DOCX: a header with the logo at the left margin and the
// organisation's name at the right (none on the first page when the theme says so); a footer
// with "Dnr …" at the left, the theme's text in the middle and "Sida X av Y" at the right, each
// wrapping inside its own column so they never run into each other. All of it is drawn as
// pagination artifacts: a screen reader reads the document, not the same header on every page.
#pragma once

#include <memory>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"
#include "pdf_flow.hpp"
#include "pdf_images.hpp"
#include "pdf_paginate.hpp"
#include "pdf_styles.hpp"
#include "pdf_text_block.hpp"

namespace kansli::pdf {

class Furniture {
public:
    Furniture(const Document& document, const Theme& theme, const Styles& styles, TextShaper& shaper);

    // The room left for the body on pages of a document `page_count` pages long.
    BodyArea body_area(int page_count);
    // What to draw on page `index` (0-based) of `page_count`, placed from the page's top left.
    std::vector<DrawItem> page(int index, int page_count);

private:
    struct Footer {
        std::vector<DrawItem> items;
        double height = 0;
    };
    Footer footer(int number, int page_count);
    std::shared_ptr<const TextBlock> text(const std::string& words, double width, Align align);

    const Document& document_;
    const Theme& theme_;
    const Styles& styles_;
    TextShaper& shaper_;
    std::shared_ptr<const PlacedImage> logo_;
    ImageSize logo_size_{0, 0};
    std::shared_ptr<const TextBlock> header_text_;
    double header_height_ = 0;
};

}  // namespace kansli::pdf
