// Paths a meeting folder names, resolved the way the file system will follow them (links
// included), so that a link inside the folder can never publish a file from outside it.
#pragma once

#include <filesystem>
#include <string>

namespace kansli::cli {

// `inner` is `outer` or lies inside it; both absolute and free of links ("canonical").
bool is_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

// Where `relative` leads from `folder` (canonical) once every link on the way is followed.
// Throws std::invalid_argument saying why it is refused: an absolute path, no such file, a
// link or a "../" leading out of the folder, or something other than a regular file (a folder,
// a pipe or a device, which would block or never end). `folder_name` names the folder in
// messages: "the meeting folder".
std::filesystem::path resolve_file_inside(const std::filesystem::path& folder, const std::string& relative,
                                          const std::string& folder_name);

}  // namespace kansli::cli
