#include "size_hint.hpp"

#include <variant>

namespace kansli::plugin {

std::size_t body_size_hint(const Document& document) {
    // Bytes of markup per block and per table cell: measured on the bundled reports' DOCX and
    // ODT bodies (about 200 per cell, 150 per paragraph), rounded up.
    constexpr std::size_t kPerBlock = 300;
    constexpr std::size_t kPerCell = 400;
    std::size_t text = 0;
    std::size_t blocks = 0;
    std::size_t cells = 0;
    walk(
        document,
        [&](const Block& block) {
            ++blocks;
            if (const auto* table = std::get_if<Table>(&block.value))
                for (const auto* rows : {&table->head, &table->body})
                    for (const Row& row : *rows) cells += row.cells.size();
        },
        [&](const Inline& in) {
            if (const auto* t = std::get_if<Text>(&in.value)) text += t->text.size();
        });
    return 2 * text + kPerBlock * blocks + kPerCell * cells;
}

}  // namespace kansli::plugin
