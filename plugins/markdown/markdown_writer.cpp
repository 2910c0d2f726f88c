#include "markdown_writer.hpp"

#include "markdown_render.hpp"

namespace kansli::markdown {

std::string MarkdownWriter::description() const {
    return "Markdown (CommonMark with GFM pipe tables and footnotes) for wikis, e-mail and pandoc";
}

std::string MarkdownWriter::write(const Document& document, const Theme& theme) const {
    return Renderer(document, theme).render();
}

}  // namespace kansli::markdown
