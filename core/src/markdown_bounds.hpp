// What cmark-gfm 0.29.0.gfm.6 (Debian 12) is given: it spends time or memory out of all
// proportion on two shapes of input, so a field of those shapes is refused before it is parsed.
#pragma once

#include <cstddef>
#include <string_view>

namespace kansli {

struct MarkdownBounds {
    // cmark-gfm fills every short row of a table up to the table's width: N columns and N
    // one-cell rows (60 kB) made N² cells, 8 GB.
    std::size_t max_table_columns = 64;
    std::size_t max_table_cells = 100'000;
    // Every link closed after an unclosed "![" walks back over all of them (fixed upstream in
    // 0.29.0.gfm.12): "![[]()" 20 000 times took 6.6 s. The work is at most openers × closers.
    std::size_t max_image_openers_times_closers = 4'000'000;
};

// Throws std::invalid_argument, saying which bound and by how much, when `markdown` is over
// one. One pass over the text.
void check_markdown_bounds(std::string_view markdown, const MarkdownBounds& bounds = {});

}  // namespace kansli
