// The writer plugin interface. A writer turns a Document and its Theme into the bytes of one
// file format. Writers live in shared modules that export `kansli_plugin_entry`; see
// docs/plugins.md and plugins/html for a complete example.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

// Bump whenever Document, Theme, Writer or PluginEntry change layout or meaning.
#define KANSLI_PLUGIN_ABI_VERSION 4u

#if defined(_WIN32)
#define KANSLI_PLUGIN_EXPORT extern "C" __declspec(dllexport)
#else
#define KANSLI_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace kansli {

class Writer {
public:
    virtual ~Writer() = default;
    virtual std::string name() const = 0;         // "html": what --format takes
    virtual std::string extension() const = 0;    // "html" (no dot)
    virtual std::string media_type() const = 0;   // "text/html"
    virtual std::string description() const = 0;  // one line for `kansli formats`
    // The whole file. Throws kansli::Error when the document cannot be written.
    virtual std::string write(const Document& document, const Theme& theme) const = 0;
};

// What `kansli_plugin_entry` returns. abi_version stays the first member in every version,
// so the loader can read it before trusting the rest.
struct PluginEntry {
    std::uint32_t abi_version;
    std::unique_ptr<Writer> (*create)();
};

}  // namespace kansli

// Every plugin defines: KANSLI_PLUGIN_EXPORT const kansli::PluginEntry* kansli_plugin_entry();
#define KANSLI_PLUGIN_ENTRY_SYMBOL "kansli_plugin_entry"

#pragma GCC visibility pop
