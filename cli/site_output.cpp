#include <unistd.h>

#include <fstream>
#include <system_error>

#include "kansli/error.hpp"
#include "publish_site.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMarker = ".kansli-site";

[[noreturn]] void output_error(const fs::path& where, const std::string& message) {
    throw Error(Error::Kind::Output, {where.string(), 0, 0, {}}, message);
}

// Removes a folder this run created; a failure here must not hide the original error.
void remove_quietly(const fs::path& folder) {
    std::error_code ignored;
    fs::remove_all(folder, ignored);
}

void write_all(const fs::path& root, const std::map<fs::path, std::string>& files) {
    for (const auto& [relative, bytes] : files) {
        const fs::path target = root / relative;
        fs::create_directories(target.parent_path());
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) output_error(target, "cannot write the file");
    }
    std::ofstream marker(root / kMarker, std::ios::binary | std::ios::trunc);
    marker << "Written by kansli publish. The whole folder is replaced when the site is published again.\n";
    if (!marker) output_error(root / kMarker, "cannot write the file");
}

}  // namespace

void write_site_atomically(const fs::path& site, const std::map<fs::path, std::string>& files) {
    // Absolute and without a trailing "/" or ".": "--out site/" and "--out ." name a folder
    // whose parent is where the new site is assembled.
    fs::path target = fs::absolute(site).lexically_normal();
    if (!target.has_filename()) target = target.parent_path();
    if (fs::exists(target)) {
        if (!fs::is_directory(target)) output_error(target, "exists and is not a folder");
        if (!fs::is_empty(target) && !fs::exists(target / kMarker))
            output_error(target,
                         "is not empty and was not written by kansli publish (no .kansli-site); "
                         "refusing to replace it");
    }
    const fs::path parent = target.parent_path();
    const std::string tag = "." + target.filename().string() + ".kansli-" + std::to_string(::getpid());
    const fs::path fresh = parent / (tag + "-new");
    const fs::path old = parent / (tag + "-old");
    try {
        fs::create_directories(parent);
        remove_quietly(fresh);
        fs::create_directory(fresh);
        write_all(fresh, files);
        if (fs::exists(target)) fs::rename(target, old);
        fs::rename(fresh, target);
    } catch (const fs::filesystem_error& e) {
        remove_quietly(fresh);
        std::error_code ignored;
        if (!fs::exists(target) && fs::exists(old)) fs::rename(old, target, ignored);  // put the old site back
        output_error(target, e.code().message());
    } catch (...) {
        remove_quietly(fresh);
        throw;
    }
    remove_quietly(old);
}

}  // namespace kansli::cli
