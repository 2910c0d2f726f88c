// The DOCX writer: an Office Open XML (ISO/IEC 29500 Transitional) word-processing document
// that a clerk edits in Word or LibreOffice as if it had been written there.
#pragma once

#include <string>

#include "kansli/writer.hpp"

namespace kansli::docx {

class DocxWriter final : public Writer {
public:
    std::string name() const override { return "docx"; }
    std::string extension() const override { return "docx"; }
    std::string media_type() const override {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    std::string description() const override;
    std::string write(const Document& document, const Theme& theme) const override;
};

}  // namespace kansli::docx
