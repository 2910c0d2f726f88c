// `kansli publish`: meeting folders → a static website (docs/publishing.md).
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace kansli::cli {

// Writes every file of `files` (paths relative to `site`) as a complete new `site` folder, or
// changes nothing: the files go to a hidden temporary folder beside it, which then replaces
// the old site. A folder that exists and was not written by publish (no .kansli-site marker)
// is never replaced. Throws Error(Kind::Output).
void write_site_atomically(const std::filesystem::path& site,
                           const std::map<std::filesystem::path, std::string>& files);

}  // namespace kansli::cli
