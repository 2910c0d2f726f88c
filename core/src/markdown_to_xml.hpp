// Markdown in the data's text fields (cmark-gfm) turned into document XML: the input side of
// Markdown, for the template helpers. The Markdown writer (plugins/markdown/) is the output side.
#pragma once

#include <string>
#include <string_view>

namespace kansli {

// Most fields are plain sentences in which no character can begin Markdown syntax; those are
// converted without cmark-gfm (a table cell's label cost a parser each). `Shortcut::never`
// always parses, for tests that hold the two ways equal.
enum class Shortcut { when_plain, never };

// Blocks: paragraphs, lists (unordered lists get dash markers, as Swedish documents use),
// headings ("#" becomes level 3, under the template's own level-2 sections), tables, emphasis,
// links. Raw HTML and images are kept as plain text: data cannot smuggle markup or files in.
std::string markdown_to_blocks_xml(std::string_view markdown, Shortcut shortcut = Shortcut::when_plain);
// Inline content only, for use inside a paragraph or a table cell; paragraphs become line breaks.
std::string markdown_to_inlines_xml(std::string_view markdown, Shortcut shortcut = Shortcut::when_plain);

}  // namespace kansli
