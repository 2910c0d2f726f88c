#include "folder_paths.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>

namespace kansli::cli {

namespace fs = std::filesystem;

bool is_within(const fs::path& inner, const fs::path& outer) {
    const auto [outer_end, unused] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
    return outer_end == outer.end();
}

fs::path resolve_file_inside(const fs::path& folder, const std::string& relative, const std::string& folder_name) {
    const fs::path given(relative);
    if (relative.empty() || given.is_absolute() || given.has_root_name())
        throw std::invalid_argument("'" + relative + "' must be a path inside " + folder_name);
    std::error_code ec;
    const fs::path resolved = fs::canonical(folder / given, ec);
    const fs::path normal = given.lexically_normal();
    const bool climbs_out = !normal.empty() && *normal.begin() == "..";
    if ((ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory) && !climbs_out)
        throw std::invalid_argument("no such file: " + (folder / normal).string());
    if (climbs_out || (!ec && !is_within(resolved, folder)))
        throw std::invalid_argument("'" + relative + "' leads out of " + folder_name +
                                    (ec ? std::string() : " (to " + resolved.string() + ")") +
                                    "; only files inside it are read");
    if (ec) throw std::invalid_argument("'" + relative + "' cannot be followed: " + ec.message());
    struct stat info {};
    if (::stat(resolved.c_str(), &info) != 0)
        throw std::invalid_argument("'" + relative + "' cannot be read: " + std::strerror(errno));
    if (!S_ISREG(info.st_mode))
        throw std::invalid_argument("'" + relative + "' is not a regular file (" +
                                    (S_ISDIR(info.st_mode) ? "a folder" : "a pipe, socket or device") + ")");
    return resolved;
}

}  // namespace kansli::cli
