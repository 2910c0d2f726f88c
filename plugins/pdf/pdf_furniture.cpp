#include "pdf_furniture.hpp"

#include <algorithm>

namespace kansli::pdf {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kColumnGap = 12;           // between the footer's columns
constexpr double kHeaderSpaceAfter = 12;    // the DOCX header paragraph's space after
constexpr double kMinimumBodyDistance = 6;  // between the footer and the body above it

void add_lines(std::vector<DrawItem>& items, const std::shared_ptr<const TextBlock>& block, double x, double top,
               Artifact kind) {
    for (std::size_t l = 0; l < block->lines().size(); ++l)
        items.push_back(TextLineItem{block, l, x, top, Tag::decoration(kind)});
}

}  // namespace

Furniture::Furniture(const Document& document, const Theme& theme, const Styles& styles, TextShaper& shaper)
    : document_(document), theme_(theme), styles_(styles), shaper_(shaper) {
    const double width = styles_.page.text_width();
    if (theme_.logo) {
        logo_ = std::make_shared<const PlacedImage>(load_image(*theme_.logo, "of the theme's logo (header.logo)"));
        // A letterhead logo is small: at most 60 mm wide, whatever its resolution says.
        logo_size_ = image_size(*theme_.logo, std::nullopt, std::min(60 * kPointsPerMm, width / 2), width);
    }
    const std::string& name = theme_.header_text.empty() ? document_.meta.organisation : theme_.header_text;
    if (!name.empty()) header_text_ = text(name, width - logo_size_.width - kColumnGap, Align::Right);
    header_height_ = std::max(logo_size_.height, header_text_ ? header_text_->height() : 0.0);
}

std::shared_ptr<const TextBlock> Furniture::text(const std::string& words, double width, Align align) {
    InlineText inline_text;
    inline_text.text = words;
    return std::make_shared<const TextBlock>(shaper_, std::move(inline_text), styles_.header_footer, width, align);
}

BodyArea Furniture::body_area(int page_count) {
    const PageGeometry& page = styles_.page;
    const double with_header = header_height_ > 0 ? page.header_top() + header_height_ + kHeaderSpaceAfter : 0;
    const double footer_top = page.footer_bottom() - footer(page_count, page_count).height;
    const double top = std::max(page.body_top(), with_header);
    return {theme_.first_page_header ? top : page.body_top(), top,
            std::min(page.body_bottom(), footer_top - kMinimumBodyDistance)};
}

// The three columns share the width: "Dnr …" and "Sida X av Y" (as wide as the last page's
// number needs, the same on every page) take what they need, the middle the rest, centred on
// the page when there is room for that.
Furniture::Footer Furniture::footer(int number, int page_count) {
    const PageGeometry& page = styles_.page;
    const double width = page.text_width();
    const Metadata& meta = document_.meta;
    const std::string count = std::to_string(page_count);
    const std::string page_words =
        theme_.labels.page + " " + std::to_string(number) + " " + theme_.labels.page_of + " ";
    const auto right_widest =
        text(theme_.labels.page + " " + count + " " + theme_.labels.page_of + " " + count, width / 3, Align::Right);
    const double right_width = std::min(right_widest->widest_line() + 1, width / 3);
    std::shared_ptr<const TextBlock> right = text(page_words + count, right_width, Align::Right);
    std::shared_ptr<const TextBlock> left;
    double left_width = 0;
    if (theme_.footer_dnr && !meta.dnr.empty()) {
        left = text(theme_.labels.dnr + " " + meta.dnr, width / 3, Align::Left);
        left_width = left->widest_line() + 1;
    }
    std::shared_ptr<const TextBlock> middle;
    double middle_x = 0;
    if (!theme_.footer_text.empty()) {
        const double side = std::max(left_width, right_width) + kColumnGap;
        const bool centred = width - 2 * side > 0;
        const double middle_width = centred ? width - 2 * side : width - left_width - right_width - 2 * kColumnGap;
        middle = text(theme_.footer_text, std::max(middle_width, width / 4), Align::Center);
        middle_x = page.margin_left + (centred ? side : left_width + kColumnGap);
    }
    Footer footer;
    for (const auto* block : {&left, &middle, &right})
        if (*block) footer.height = std::max(footer.height, (*block)->height());
    // Every column's first line on one baseline, the block's foot at the footer distance.
    const double top = page.footer_bottom() - footer.height;
    if (left) add_lines(footer.items, left, page.margin_left, top, Artifact::Footer);
    if (middle) add_lines(footer.items, middle, middle_x, top, Artifact::Footer);
    add_lines(footer.items, right, page.margin_left + width - right_width, top, Artifact::Footer);
    return footer;
}

std::vector<DrawItem> Furniture::page(int index, int page_count) {
    std::vector<DrawItem> items = footer(index + 1, page_count).items;
    if (index == 0 && !theme_.first_page_header) return items;
    const PageGeometry& page = styles_.page;
    const double top = page.header_top();
    if (logo_)
        items.push_back(ImageItem{logo_, page.margin_left, top, logo_size_.width, logo_size_.height,
                                  Tag::decoration(Artifact::Header), -1});
    if (header_text_) {
        // The name's last line at the foot of the logo, as a tab-aligned header line would be.
        const double text_top = top + std::max(0.0, header_height_ - header_text_->height());
        add_lines(items, header_text_, page.margin_left + logo_size_.width + kColumnGap, text_top, Artifact::Header);
    }
    return items;
}

}  // namespace kansli::pdf
