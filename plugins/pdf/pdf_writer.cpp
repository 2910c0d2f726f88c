#include "pdf_writer.hpp"

#include <dlfcn.h>

#include <cstdint>
#include <filesystem>

#include "kansli/error.hpp"

namespace kansli::pdf {
namespace {

// The engine module's path: pdf/kansli-pdf-engine.so beside this plugin, wherever it is installed.
std::filesystem::path engine_path() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&engine_path), &info) == 0 || info.dli_fname == nullptr) return {};
    return std::filesystem::path(info.dli_fname).parent_path() / "pdf" / "kansli-pdf-engine.so";
}

}  // namespace

PdfWriter::~PdfWriter() {
    font_maps_.reset();  // the engine's code frees them
    if (module_ != nullptr) dlclose(module_);
}

std::string PdfWriter::description() const {
    return "PDF/UA-1 (tagged, accessible PDF): exact page numbers, bookmarks, links; laid out without an office suite";
}

const PdfEngine& PdfWriter::engine() const {
    std::call_once(loaded_, [this] {
        const std::filesystem::path file = engine_path();
        // RTLD_NODELETE: GLib, Pango and fontconfig keep process-wide caches and types that
        // cannot be unloaded; the engine stays until the process ends, whatever dlclose says.
        module_ = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (module_ == nullptr) {
            const char* why = dlerror();
            load_error_ = "cannot load its engine " + file.string() + ": " + (why != nullptr ? why : "unknown reason");
            return;
        }
        using EntryFunction = const PdfEngine* (*)();
        void* symbol = dlsym(module_, KANSLI_PDF_ENGINE_SYMBOL);
        const PdfEngine* engine =
            symbol == nullptr
                ? nullptr
                : reinterpret_cast<EntryFunction>(reinterpret_cast<std::uintptr_t>(symbol))();  // a function's address
        if (engine == nullptr || engine->abi != KANSLI_PLUGIN_ABI || engine->write == nullptr) {
            load_error_ = file.string() + " is not the engine of this PDF plugin's build";
            return;
        }
        font_maps_ = engine->make_font_maps();
        engine_ = engine;
    });
    if (engine_ == nullptr) throw Error(Error::Kind::Plugin, {}, "PDF writer: " + load_error_);
    return *engine_;
}

std::string PdfWriter::write(const Document& document, const Theme& theme) const {
    const PdfEngine& loaded = engine();
    return loaded.write(document, theme, *font_maps_);
}

}  // namespace kansli::pdf
