// Reading a whole input file (data, template, theme, image) without ever waiting on a pipe or
// a device, and without reading more than a limit.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace kansli {

// Why a file could not be read, in words for the user ("is not a regular file (a pipe, socket
// or device)"); the caller names the file and decides whose fault it is, and may say the
// problem its own way (a data file is "the data file").
class FileReadError : public std::runtime_error {
public:
    enum class Problem { not_found, cannot_open, folder, not_regular, too_large };
    // `reason`: for not_found and cannot_open, why in words ("there is no file of that name"); what() is the
    // whole sentence ("cannot read the file: there is no file of that name").
    FileReadError(Problem problem, const std::string& what, std::string reason = {})
        : std::runtime_error(what), problem_(problem), reason_(std::move(reason)) {}
    Problem problem() const { return problem_; }
    const std::string& reason() const { return reason_; }

private:
    Problem problem_;
    std::string reason_;
};

// The bytes of `file`, which must be a regular file (links followed) of at most `max_bytes`;
// `limit_name` names the setting of the limit in the message (KANSLI_MAX_INPUT_BYTES). A named
// pipe is opened without waiting for a writer and refused; a file that grows while it is read
// is refused at the limit.
std::string read_regular_file(const std::filesystem::path& file, std::size_t max_bytes, const char* limit_name);

}  // namespace kansli
