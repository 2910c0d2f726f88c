// The Markdown writer: CommonMark with GitHub's pipe tables and footnotes, for wikis, e-mail and
// any tool that reads Markdown (pandoc among them). docs/markdown.md says what becomes what.
#pragma once

#include <string>

#include "kansli/writer.hpp"

namespace kansli::markdown {

class MarkdownWriter final : public Writer {
public:
    std::string name() const override { return "markdown"; }
    std::string extension() const override { return "md"; }
    std::string media_type() const override { return "text/markdown"; }
    std::string description() const override;
    std::string write(const Document& document, const Theme& theme) const override;
};

}  // namespace kansli::markdown
