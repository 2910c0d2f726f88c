// The few POSIX file operations a site is written with, each forced to the disk: files are
// synced before they are renamed into view, folders after what is in them changed.
#pragma once

#include <filesystem>
#include <string>

namespace kansli::cli {

// Owns a file descriptor.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd();
    UniqueFd(UniqueFd&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    UniqueFd& operator=(UniqueFd&& other) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    int get() const { return fd_; }

private:
    int fd_ = -1;
};

// A new file (it must not exist) with `bytes`, synced. Throws Error(Kind::Output).
void write_new_file(const std::filesystem::path& file, const std::string& bytes);
// A new file with the bytes of `source`, a regular file (a pipe or device is refused, never
// waited on), synced. A source that cannot be read is Error(Kind::Data); the target, Kind::Output.
void copy_new_file(const std::filesystem::path& source, const std::filesystem::path& file);
// Makes what changed in a folder (new names, renames) durable. Throws Error(Kind::Output).
void sync_folder(const std::filesystem::path& folder);
// Whether two regular files hold the same bytes.
bool same_bytes(const std::filesystem::path& a, const std::filesystem::path& b);
// Whether a regular file holds exactly `bytes`.
bool holds(const std::filesystem::path& file, const std::string& bytes);

}  // namespace kansli::cli
