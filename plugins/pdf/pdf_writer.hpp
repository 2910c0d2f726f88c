// The PDF writer: tagged PDF/UA-1 (ISO 14289-1) laid out by Kansli itself, for the documents a
// municipality sends, publishes and files. See docs/pdf.md.
#pragma once

#include <string>

#include "kansli/writer.hpp"

namespace kansli::pdf {

class PdfWriter final : public Writer {
public:
    std::string name() const override { return "pdf"; }
    std::string extension() const override { return "pdf"; }
    std::string media_type() const override { return "application/pdf"; }
    std::string description() const override;
    std::string write(const Document& document, const Theme& theme) const override;
};

}  // namespace kansli::pdf
