#include <dlfcn.h>

#include <cstdlib>
#include <sstream>

#include "kansli/kansli.hpp"

namespace kansli {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> split_path_list(const char* value) {
    std::vector<fs::path> out;
    if (value == nullptr) return out;
    std::stringstream in(value);
    for (std::string part; std::getline(in, part, ':');)
        if (!part.empty()) out.emplace_back(part);
    return out;
}

// The folder this library was loaded from; the build tree and the install tree both keep
// plugins and templates at the same place relative to it.
fs::path library_dir() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&library_dir), &info) == 0 || info.dli_fname == nullptr) return {};
    std::error_code ec;
    const auto file = fs::canonical(info.dli_fname, ec);
    return ec ? fs::path() : file.parent_path();
}

}  // namespace

std::vector<fs::path> default_template_dirs() {
    auto dirs = split_path_list(std::getenv("KANSLI_TEMPLATE_PATH"));
    if (const auto lib = library_dir(); !lib.empty())
        dirs.push_back((lib / KANSLI_LIB_TO_TEMPLATES).lexically_normal());
    return dirs;
}

std::vector<fs::path> default_plugin_dirs() {
    auto dirs = split_path_list(std::getenv("KANSLI_PLUGIN_PATH"));
    if (const auto lib = library_dir(); !lib.empty()) dirs.push_back((lib / KANSLI_LIB_TO_PLUGINS).lexically_normal());
    return dirs;
}

}  // namespace kansli
