// The PDF writer: tagged PDF/UA-1 (ISO 14289-1) laid out by Kansli itself, for the documents a
// municipality sends, publishes and files. See docs/pdf.md. The plugin itself is small: it loads
// its engine (pdf_engine.hpp) the first time it writes.
#pragma once

#include <mutex>
#include <string>

#include "kansli/writer.hpp"
#include "pdf_engine.hpp"

namespace kansli::pdf {

class PdfWriter final : public Writer {
public:
    PdfWriter() = default;
    ~PdfWriter() override;
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;

    std::string name() const override { return "pdf"; }
    std::string extension() const override { return "pdf"; }
    std::string media_type() const override { return "application/pdf"; }
    std::string description() const override;
    // Thread-safe, as every writer: the engine is loaded once, by the first call.
    std::string write(const Document& document, const Theme& theme) const override;

private:
    const PdfEngine& engine() const;

    mutable std::once_flag loaded_;
    mutable void* module_ = nullptr;  // the engine's dlopen handle, closed with the writer
    mutable const PdfEngine* engine_ = nullptr;
    mutable FontMapsHandle font_maps_{nullptr, nullptr};  // made by the engine, freed before it is closed
    mutable std::string load_error_;
};

}  // namespace kansli::pdf
