/// \file
/// Finds writer plugins in directories, loads them with an ABI check, and hands out writers.
/// The built-in writers are plugins too and are loaded the same way.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kansli/writer.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// A writer plugin the registry loaded.
struct LoadedPlugin {
    std::filesystem::path file;      ///< the module it came from
    std::unique_ptr<Writer> writer;  ///< its writer, which lives as long as the registry
};

/// The writer plugins a program has loaded: the only process-wide state of the library, and an
/// object the program owns. A module stays loaded as long as the registry that loaded it.
class PluginRegistry {
public:
    /// A registry with no plugins.
    PluginRegistry();
    /// Destroys the writers, then unloads their modules.
    ~PluginRegistry();
    /// A registry owns its modules: it moves, it is not copied.
    ///@{
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;
    PluginRegistry(PluginRegistry&&) noexcept;
    PluginRegistry& operator=(PluginRegistry&&) noexcept;
    ///@}

    /// Loads one module. Throws Error (Error::Kind::Plugin) naming the file when it is not a
    /// Kansli plugin, was built against other headers (its PluginEntry::abi is not
    /// plugin_abi()), or names a format that is already loaded.
    void load(const std::filesystem::path& module);
    /// Loads every module (`*.so`) in the directory, in name order; a missing directory is skipped,
    /// and so is a module whose format an earlier one already provides (the first folder wins).
    void load_directory(const std::filesystem::path& directory);

    /// The writer whose name is `format`, else the first whose extension is (so `md` finds
    /// `markdown`); nullptr when no plugin writes that format.
    const Writer* find(const std::string& format) const;
    /// Plugins in the order they were loaded.
    std::vector<const LoadedPlugin*> plugins() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kansli

#pragma GCC visibility pop
