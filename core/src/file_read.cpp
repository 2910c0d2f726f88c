#include "file_read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kansli {

namespace {

class ReadOnlyFd {
public:
    explicit ReadOnlyFd(const std::filesystem::path& file)
        : fd_(::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)) {}
    ~ReadOnlyFd() {
        if (fd_ >= 0) ::close(fd_);
    }
    ReadOnlyFd(const ReadOnlyFd&) = delete;
    ReadOnlyFd& operator=(const ReadOnlyFd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

[[noreturn]] void fail_with_errno(int error) {
    // Why, in words: the name is wrong, or the file is someone else's.
    const std::string reason = error == ENOENT   ? "there is no file of that name"
                               : error == EACCES ? "permission denied: you may not read it"
                                                 : std::strerror(error);
    throw FileReadError(error == ENOENT ? FileReadError::Problem::not_found : FileReadError::Problem::cannot_open,
                        "cannot read the file: " + reason, reason);
}

FileReadError over_limit(std::size_t size, std::size_t max_bytes, const char* limit_name) {
    return FileReadError(FileReadError::Problem::too_large,
                         "the file is " + std::to_string(size) + " bytes, more than the limit of " +
                             std::to_string(max_bytes) + " bytes (" + limit_name + ")");
}

}  // namespace

std::string read_regular_file(const std::filesystem::path& file, std::size_t max_bytes, const char* limit_name) {
    const ReadOnlyFd fd(file);
    if (fd.get() < 0) fail_with_errno(errno);
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) fail_with_errno(errno);
    if (S_ISDIR(info.st_mode)) throw FileReadError(FileReadError::Problem::folder, "is a folder, not a file");
    if (!S_ISREG(info.st_mode))
        throw FileReadError(FileReadError::Problem::not_regular, "is not a regular file (a pipe, socket or device)");
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size > max_bytes) throw over_limit(size, max_bytes, limit_name);
    std::string bytes(size, '\0');
    std::size_t done = 0;
    for (;;) {
        if (done == bytes.size()) {
            if (bytes.size() > max_bytes) throw over_limit(bytes.size(), max_bytes, limit_name);
            bytes.resize(bytes.size() + 4096);  // it grew since fstat: read on, up to the limit
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail_with_errno(errno);
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
    if (done > max_bytes) throw over_limit(done, max_bytes, limit_name);
    return bytes;
}

}  // namespace kansli
