// The one-pass check of what reaches cmark-gfm (core/src/markdown_bounds.cpp): each bound
// refuses just past its value, counts tables inside quotes, and lets real text through.
#include "markdown_bounds.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace {

using kansli::check_markdown_bounds;

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

std::string table(std::size_t columns, std::size_t rows, const std::string& prefix = "") {
    std::string out = prefix + "|" + repeat("a|", columns) + "\n" + prefix + "|" + repeat(":-:|", columns) + "\n";
    for (std::size_t r = 0; r < rows; ++r) out += prefix + "|x\n";
    return out;
}

std::string refusal(const std::string& markdown) {
    try {
        check_markdown_bounds(markdown);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

TEST(MarkdownBounds, TablesUpToSixtyFourColumns) {
    EXPECT_EQ(refusal(table(64, 10)), "");
    EXPECT_EQ(refusal(table(65, 10)), "a table has 65 columns, more than 64");
    EXPECT_EQ(refusal(table(65, 10, "> > ")), "a table has 65 columns, more than 64");
    EXPECT_EQ(refusal("| a | b |\n| --- | --- |\n| 1 | 2 |\n"), "");
}

TEST(MarkdownBounds, CellsCountRowsFilledToTheTablesWidth) {
    // 64 columns and 1 560 rows: 64 × 1 562 = 99 968 cells; one more row is over.
    EXPECT_EQ(refusal(table(64, 1560)), "");
    EXPECT_EQ(refusal(table(64, 1563)), "its tables have more than 100000 cells");
    // A blank line ends a table: what follows is not filled to its width.
    EXPECT_EQ(refusal(table(64, 10) + "\n" + repeat("text\n", 5000)), "");
}

TEST(MarkdownBounds, ImageOpenersTimesClosingBrackets) {
    EXPECT_EQ(refusal(repeat("![[]()", 2000)), "");  // 2 000 × 2 000 = 4 000 000
    EXPECT_EQ(refusal(repeat("![[]()", 2001)),
              "it has 2001 image openers '![' and 2001 closing brackets; their product is limited to 4000000");
    EXPECT_EQ(refusal(repeat("[a](u) ", 100000)), "");  // links alone are linear
}

TEST(MarkdownBounds, TextThatIsNoTableIsNotCounted) {
    EXPECT_EQ(refusal("- a\n- b\n\n---\n\n" + repeat("a | b | c\n", 100)), "");
    EXPECT_EQ(refusal(repeat("-|", 1000)), "");  // a delimiter row needs a header row above it
}

}  // namespace
