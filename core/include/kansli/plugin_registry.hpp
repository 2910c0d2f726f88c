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

/// The writer plugins a program can use: the only process-wide state of the library, and an
/// object the program owns. A module stays loaded as long as the registry that loaded it.
///
/// A module named `kansli-<format>.so` (the format in lower-case letters, digits and '-')
/// says its format by its name, so a plugin folder is read without loading anything: the
/// module is loaded when its format is first asked for (find(), plugins()), and refused
/// then if its writer's name is not the one its file name gives. A run that writes HTML
/// never loads the PDF writer. A module named otherwise is loaded when its folder is read.
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

    /// Loads one module now. Throws Error (Error::Kind::Plugin) naming the file when it is not
    /// a Kansli plugin, was built against other headers (its PluginEntry::abi is not
    /// plugin_abi()), is named `kansli-<format>.so` for another format than its writer's, or
    /// names a format that the registry already has.
    void load(const std::filesystem::path& module);
    /// Adds every module (`*.so`) in the directory, in name order; a missing directory is
    /// skipped, and so is a module whose format an earlier one already provides (the first
    /// folder wins). Modules named `kansli-<format>.so` are loaded only when first needed.
    void load_directory(const std::filesystem::path& directory);

    /// The writer whose name is `format`, else the first whose extension is (so `md` finds
    /// `markdown`); nullptr when no plugin writes that format. Loads the module of the format
    /// if it is not loaded yet (looking by extension, modules in order until one matches), and
    /// throws Error (Error::Kind::Plugin) naming the module when that fails. Safe to call from
    /// several threads at once.
    const Writer* find(const std::string& format) const;
    /// Every plugin the registry has, in the order their folders were read, each loaded (the
    /// first that fails to load throws, as find() does).
    std::vector<const LoadedPlugin*> plugins() const;
    /// The names of the formats the registry has, in the same order, without loading anything.
    std::vector<std::string> formats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kansli

#pragma GCC visibility pop
