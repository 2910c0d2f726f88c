// The memo's own blocks: label–value fields (the memo head, a meeting's time and place) and
// signatures. One function per kind, as in pdf_blocks.cpp.
#include <algorithm>

#include "pdf_typesetter.hpp"

namespace kansli::pdf {

// Label–value pairs. One pair a line: the labels in a column as wide as the longest (within
// limits), each value wrapping inside its own column. Several pairs a line: columns of equal
// width, each "label value". Each pair is a paragraph to a screen reader: label, then value.
void Typesetter::write_block(const Fields& fields, int parent) {
    const int columns = fields.columns;
    ParagraphStyle label_style = styles_.body;
    label_style.text.bold = true;
    InlineContext context = inline_context();
    if (columns == 1) {
        std::vector<int> elements;
        std::vector<std::shared_ptr<const TextBlock>> labels;
        double widest = 0;
        for (const Field& field : fields.fields) {
            elements.push_back(out_.tree.add_element(parent, "P"));
            InlineBuilder label(context, elements.back());
            // The space ends the label in the text layer too: a screen reader reads "Plats
            // Solrosen", not "PlatsSolrosen" (the columns alone would not separate them).
            label.text(field.label + " ");
            labels.push_back(layout(label.finish(), label_style, width(), Align::Default));
            widest = std::max(widest, labels.back()->widest_line());
        }
        const double label_width = std::clamp(widest + 14.0, width() / 5, width() * 2 / 5);
        for (std::size_t i = 0; i < fields.fields.size(); ++i) {
            InlineBuilder value(context, elements[i]);
            value.inlines(fields.fields[i].value);
            const auto value_block = layout(value.finish(), styles_.body, width() - label_width, Align::Default);
            Slice slice;
            slice.height = std::max(labels[i]->height(), value_block->height());
            slice.space_before = i == 0 ? space_before(styles_.body) : 0;
            slice.space_after = i + 1 == fields.fields.size() ? 10 : 2;
            for (std::size_t l = 0; l < labels[i]->lines().size(); ++l)
                slice.items.push_back(TextLineItem{labels[i], l, left(), 0, std::nullopt});
            for (std::size_t l = 0; l < value_block->lines().size(); ++l)
                slice.items.push_back(TextLineItem{value_block, l, left() + label_width, 0, std::nullopt});
            take_marks(slice, value_block->text());
            push(std::move(slice));
        }
        return;
    }
    const double column_width = width() / columns;
    for (std::size_t row = 0; row < fields.fields.size(); row += static_cast<std::size_t>(columns)) {
        const std::size_t end = std::min(fields.fields.size(), row + static_cast<std::size_t>(columns));
        Slice slice;
        slice.space_before = row == 0 ? space_before(styles_.body) : 0;
        slice.space_after = end == fields.fields.size() ? 12 : 3;
        for (std::size_t i = row; i < end; ++i) {
            const int element = out_.tree.add_element(parent, "P");
            InlineBuilder pair(context, element);
            const unsigned label_end = static_cast<unsigned>(fields.fields[i].label.size());
            pair.text(fields.fields[i].label);
            pair.text(" ");
            pair.inlines(fields.fields[i].value);
            InlineText text = pair.finish();
            PangoAttribute* bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
            bold->start_index = 0;
            bold->end_index = label_end;
            pango_attr_list_insert(text.attributes.get(), bold);
            const auto block = layout(std::move(text), styles_.body, column_width - 6, Align::Default);
            const double x = left() + column_width * static_cast<double>(i - row);
            for (std::size_t l = 0; l < block->lines().size(); ++l)
                slice.items.push_back(TextLineItem{block, l, x, 0, std::nullopt});
            take_marks(slice, block->text());
            slice.height = std::max(slice.height, block->height());
        }
        push(std::move(slice));
    }
}

// Place and date, then for each signer a line to sign on, the name and the role; kept on one page.
void Typesetter::write_block(const Signatures& signatures, int parent) {
    InlineContext context = inline_context();
    if (!signatures.dateline.empty()) {
        const int element = out_.tree.add_element(parent, "P");
        InlineBuilder text(context, element);
        text.text(signatures.dateline);
        ParagraphStyle style = styles_.signature;
        style.space_before = 12;
        text_slices(layout(text.finish(), style, width(), Align::Default), style, left());
    }
    const double line_width = std::min(width(), 75 * 72 / 25.4);
    for (std::size_t i = 0; i < signatures.signatures.size(); ++i) {
        const Signature& signature = signatures.signatures[i];
        const bool last = i + 1 == signatures.signatures.size();
        Slice space;  // room for the handwritten signature, above a line
        space.height = 36;
        space.keep_with_next = true;
        space.items.push_back(RuleItem{left(), left() + line_width, 35.5, 0.75, styles_.body.text.colour});
        push(std::move(space));
        const int name = out_.tree.add_element(parent, "P");
        InlineBuilder name_text(context, name);
        name_text.text(signature.name);
        ParagraphStyle name_style = styles_.signature;
        name_style.space_before = 3;
        name_style.keep_with_next = !last || !signature.role.empty();
        text_slices(layout(name_text.finish(), name_style, width(), Align::Default), name_style, left());
        if (!signature.role.empty()) {
            const int role = out_.tree.add_element(parent, "P");
            InlineBuilder role_text(context, role);
            role_text.text(signature.role);
            ParagraphStyle role_style = styles_.signature;
            role_style.text.italic = true;
            role_style.keep_with_next = !last;
            text_slices(layout(role_text.finish(), role_style, width(), Align::Default), role_style, left());
        }
    }
    if (!slices_->empty()) slices_->back().space_after = std::max(slices_->back().space_after, 6.0);
}

}  // namespace kansli::pdf
