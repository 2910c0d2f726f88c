// The HTML writer: one standalone, accessible HTML5 page per document.
#pragma once

#include <string>

#include "kansli/writer.hpp"

namespace kansli::html {

class HtmlWriter final : public Writer {
public:
    std::string name() const override { return "html"; }
    std::string extension() const override { return "html"; }
    std::string media_type() const override { return "text/html"; }
    std::string description() const override;
    std::string write(const Document& document, const Theme& theme) const override;
};

}  // namespace kansli::html
