// The PDF writer's engine: the typesetter with Pango, Cairo and QPDF behind it, in a module of
// its own (<plugin dir>/pdf/kansli-pdf-engine.so) that the plugin loads the first time a PDF is
// written. Loading those libraries costs about 10 ms of CPU; a process that only writes HTML or
// DOCX, or lists the formats, does not pay it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"
#include "kansli/writer.hpp"

namespace kansli::pdf {

class FontMaps;  // pdf_font_maps.hpp: only the engine, which links Pango, knows what it holds
using FontMapsHandle = std::unique_ptr<FontMaps, void (*)(FontMaps*)>;

// What the engine module's one exported function returns.
struct PdfEngine {
    std::uint64_t abi;  // KANSLI_PLUGIN_ABI of the build: plugin and engine are built together
    // The fonts the writer keeps from one document to the next, for the life of the plugin.
    FontMapsHandle (*make_font_maps)();
    std::string (*write)(const Document& document, const Theme& theme, FontMaps& font_maps);
};

#define KANSLI_PDF_ENGINE_SYMBOL "kansli_pdf_engine"

// The engine's two functions: a new pool of font maps (pdf_font_maps.cpp), and
FontMapsHandle make_font_maps();
// the file (pdf_document.cpp). Throws Error(Kind::Plugin) when the document cannot be written.
std::string write_pdf(const Document& document, const Theme& theme, FontMaps& font_maps);

}  // namespace kansli::pdf
