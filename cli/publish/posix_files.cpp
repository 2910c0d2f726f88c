#include "posix_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

#include "kansli/error.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(Error::Kind kind, const fs::path& file, const std::string& what, int error) {
    throw Error(kind, {file.string(), 0, 0, {}}, what + ": " + std::strerror(error));
}

UniqueFd create(const fs::path& file) {
    UniqueFd fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
    if (fd.get() < 0) fail(Error::Kind::Output, file, "cannot write the file", errno);
    return fd;
}

void write_all(int fd, const char* data, std::size_t size, const fs::path& file) {
    for (std::size_t done = 0; done < size;) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(Error::Kind::Output, file, "cannot write the file", n < 0 ? errno : ENOSPC);
        done += static_cast<std::size_t>(n);
    }
}

// Close's own error does not decide the data's fate once fsync succeeded.
void sync(const UniqueFd& fd, const fs::path& file) {
    if (::fsync(fd.get()) != 0) fail(Error::Kind::Output, file, "cannot write the file", errno);
}

// Reads until `buffer` is full or the file ends; the count read, or -1.
ssize_t read_full(int fd, char* buffer, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, buffer + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return -1;
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(done);
}

// Opens a regular file for reading without ever waiting on a pipe or device.
UniqueFd open_regular(const fs::path& file) {
    UniqueFd fd(::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (fd.get() < 0) fail(Error::Kind::Data, file, "cannot read the file", errno);
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) fail(Error::Kind::Data, file, "cannot read the file", errno);
    if (!S_ISREG(info.st_mode))
        throw Error(Error::Kind::Data, {file.string(), 0, 0, {}}, "not a regular file (a pipe, socket or device)");
    return fd;
}

}  // namespace

UniqueFd::~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
}

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = other.fd_;
        other.fd_ = -1;
    }
    return *this;
}

void write_new_file(const fs::path& file, const std::string& bytes) {
    UniqueFd fd = create(file);
    write_all(fd.get(), bytes.data(), bytes.size(), file);
    sync(fd, file);
}

void copy_new_file(const fs::path& source, const fs::path& file) {
    const UniqueFd in = open_regular(source);
    UniqueFd out = create(file);
    std::array<char, 1 << 16> buffer{};
    for (;;) {
        const ssize_t n = read_full(in.get(), buffer.data(), buffer.size());
        if (n < 0) fail(Error::Kind::Data, source, "cannot read the file", errno);
        if (n == 0) break;
        write_all(out.get(), buffer.data(), static_cast<std::size_t>(n), file);
    }
    sync(out, file);
}

void sync_folder(const fs::path& folder) {
    const UniqueFd fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0) fail(Error::Kind::Output, folder, "cannot open the folder", errno);
    // Some file systems cannot sync a folder (EINVAL): their renames are as durable as they get.
    if (::fsync(fd.get()) != 0 && errno != EINVAL && errno != EROFS)
        fail(Error::Kind::Output, folder, "cannot sync the folder", errno);
}

bool same_bytes(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
    const UniqueFd fa(::open(a.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    const UniqueFd fb(::open(b.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fa.get() < 0 || fb.get() < 0) return false;
    std::array<char, 1 << 16> ba{}, bb{};
    for (;;) {
        const ssize_t na = read_full(fa.get(), ba.data(), ba.size());
        const ssize_t nb = read_full(fb.get(), bb.data(), bb.size());
        if (na != nb || na < 0) return false;
        if (na == 0) return true;
        if (std::memcmp(ba.data(), bb.data(), static_cast<std::size_t>(na)) != 0) return false;
    }
}

bool holds(const fs::path& file, const std::string& bytes) {
    std::error_code ec;
    if (fs::file_size(file, ec) != bytes.size() || ec) return false;
    const UniqueFd fd(::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) return false;
    std::array<char, 1 << 16> buffer{};
    for (std::size_t at = 0;;) {
        const ssize_t n = read_full(fd.get(), buffer.data(), buffer.size());
        if (n < 0 || at + static_cast<std::size_t>(n) > bytes.size()) return false;
        if (n == 0) return at == bytes.size();
        if (bytes.compare(at, static_cast<std::size_t>(n), buffer.data(), static_cast<std::size_t>(n)) != 0)
            return false;
        at += static_cast<std::size_t>(n);
    }
}

}  // namespace kansli::cli
