// Finds writer plugins in directories, loads them with an ABI check, and hands out writers.
// The built-in writers are plugins too and are loaded the same way.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kansli/writer.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

struct LoadedPlugin {
    std::filesystem::path file;
    std::unique_ptr<Writer> writer;
};

class PluginRegistry {
public:
    PluginRegistry();
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;
    PluginRegistry(PluginRegistry&&) noexcept;
    PluginRegistry& operator=(PluginRegistry&&) noexcept;

    // Loads one module. Throws Error(Kind::Plugin) naming the file when it is not a Kansli
    // plugin, was built for another ABI, or names a format that is already loaded.
    void load(const std::filesystem::path& module);
    // Loads every module (*.so) in the directory, in name order; a missing directory is skipped,
    // and so is a module whose format an earlier one already provides (the first folder wins).
    void load_directory(const std::filesystem::path& directory);

    // The writer whose name is `format`, else the first whose extension is (so "md" finds
    // markdown); nullptr when no plugin writes that format.
    const Writer* find(const std::string& format) const;
    // Plugins in the order they were loaded.
    std::vector<const LoadedPlugin*> plugins() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kansli

#pragma GCC visibility pop
