// What the PDF plugin looks for in its engine module: the one exported symbol.
#include "kansli/writer.hpp"
#include "pdf_engine.hpp"

KANSLI_PLUGIN_EXPORT const kansli::pdf::PdfEngine* kansli_pdf_engine() {
    // Constant after initialisation: no mutable global state.
    static const kansli::pdf::PdfEngine engine{KANSLI_PLUGIN_ABI, &kansli::pdf::make_font_maps,
                                               &kansli::pdf::write_pdf};
    return &engine;
}
