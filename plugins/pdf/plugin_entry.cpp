// What the plugin loader looks for: the one exported symbol of this module.
#include <memory>

#include "kansli/writer.hpp"
#include "pdf_writer.hpp"

namespace {

std::unique_ptr<kansli::Writer> create() { return std::make_unique<kansli::pdf::PdfWriter>(); }

}  // namespace

KANSLI_PLUGIN_EXPORT const kansli::PluginEntry* kansli_plugin_entry() {
    // Constant after initialisation: no mutable global state.
    static const kansli::PluginEntry entry{KANSLI_PLUGIN_ABI, &create};
    return &entry;
}
