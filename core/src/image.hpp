// Reading images (PNG, JPEG) from inside a template package.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kansli/document.hpp"

namespace kansli {

// Resolves `relative` inside `package_dir` and reads the image there. Throws
// std::invalid_argument with a readable reason when the path leaves the package, the file is
// missing, or it is not a PNG or JPEG whose size can be read.
Image load_package_image(const std::filesystem::path& package_dir, const std::string& relative);
// The same for a package that extends others: from the first of `package_dirs` (the package,
// then the packages it extends, nearest first) that has the file; a missing one is reported
// for the first folder.
Image load_package_image(const std::vector<std::filesystem::path>& package_dirs, const std::string& relative);

// Fills media type, pixel size and resolution from the bytes; throws std::invalid_argument.
void describe_image(Image& image);

// The path inside `package_dir` that `relative` names, or throws std::invalid_argument when it
// is absolute, climbs out with "..", or leads out through a link.
std::filesystem::path resolve_inside(const std::filesystem::path& package_dir, const std::string& relative);

}  // namespace kansli
