// A theme as JSON, before it becomes a kansli::Theme: what a package that extends another
// merges key by key with its parent's (docs/template-packages.md).
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kansli/theme.hpp"

namespace kansli {

// theme.json as JSON; an empty object when there is none. Throws Error(Kind::Template) naming
// the file when it is not JSON.
nlohmann::json read_theme_json(const std::filesystem::path& theme_file);

// The theme that `root` describes. Messages name `file`; images (the logo) are read from the
// first of `image_dirs` that has them.
Theme theme_from_json(const nlohmann::json& root, const std::string& file,
                      const std::vector<std::filesystem::path>& image_dirs);

}  // namespace kansli
