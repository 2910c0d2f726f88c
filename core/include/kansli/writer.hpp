/// \file
/// The writer plugin interface. A writer turns a Document and its Theme into the bytes of one
/// file format. Writers live in shared modules that export `kansli_plugin_entry`; see
/// docs/plugins.md and plugins/html for a complete example.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "kansli/document.hpp"
#include "kansli/plugin_abi.hpp"
#include "kansli/theme.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

/// Declares a plugin's entry function: C linkage, exported from the module.
#if defined(_WIN32)
#define KANSLI_PLUGIN_EXPORT extern "C" __declspec(dllexport)
#else
#define KANSLI_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace kansli {

/// A writer for one file format. Its output is deterministic: the same Document and Theme
/// give the same bytes.
class Writer {
public:
    virtual ~Writer() = default;                  ///< destroyed before its module is unloaded
    virtual std::string name() const = 0;         ///< "html": what `--format` takes (lower case, digits, '-')
    virtual std::string extension() const = 0;    ///< "html" (no dot)
    virtual std::string media_type() const = 0;   ///< "text/html"
    virtual std::string description() const = 0;  ///< one line for `kansli formats`
    /// The whole file. Throws kansli::Error (Error::Kind::Plugin) when the document cannot be
    /// written; never drops content silently.
    virtual std::string write(const Document& document, const Theme& theme) const = 0;
};

/// What `kansli_plugin_entry` returns. `abi` is #KANSLI_PLUGIN_ABI, the stamp of the headers the
/// plugin was compiled with (kansli/plugin_abi.hpp); it stays the first member in every version,
/// so the loader can compare it with its own before trusting the rest.
struct PluginEntry {
    std::uint64_t abi;                    ///< #KANSLI_PLUGIN_ABI as the plugin was compiled
    std::unique_ptr<Writer> (*create)();  ///< makes the plugin's writer
};

}  // namespace kansli

/// The name of the function every plugin defines:
/// `KANSLI_PLUGIN_EXPORT const kansli::PluginEntry* kansli_plugin_entry();`
#define KANSLI_PLUGIN_ENTRY_SYMBOL "kansli_plugin_entry"

#pragma GCC visibility pop
