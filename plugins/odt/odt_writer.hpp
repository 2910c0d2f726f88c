// The ODT writer: OpenDocument Text 1.3, strictly conforming (no foreign markup).
#pragma once

#include <string>

#include "kansli/writer.hpp"

namespace kansli::odt {

class OdtWriter final : public Writer {
public:
    std::string name() const override { return "odt"; }
    std::string extension() const override { return "odt"; }
    std::string media_type() const override { return "application/vnd.oasis.opendocument.text"; }
    std::string description() const override;
    std::string write(const Document& document, const Theme& theme) const override;
};

}  // namespace kansli::odt
