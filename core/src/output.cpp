#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>
#include <set>
#include <system_error>

#include "kansli/error.hpp"
#include "kansli/render.hpp"

namespace kansli {

namespace fs = std::filesystem;

namespace {

// Owns a POSIX file descriptor.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    // Closes now, reporting the error that close may be the first to see (on NFS, say).
    int close() {
        const int result = ::close(fd_);
        fd_ = -1;
        return result;
    }

private:
    int fd_;
};

fs::path folder_of(const fs::path& file) { return file.has_parent_path() ? file.parent_path() : fs::path("."); }

// A new, hidden name beside the target: ".report.docx.<pid>-<random>.kansli-tmp". A killed run
// can leave one behind; docs/reliability.md tells how to find and remove them.
fs::path temporary_for(const fs::path& file) {
    std::random_device random;
    return folder_of(file) / ("." + file.filename().string() + "." + std::to_string(::getpid()) + "-" +
                              std::to_string(random()) + ".kansli-tmp");
}

[[noreturn]] void fail(const fs::path& file, const std::string& what, int error) {
    throw Error(Error::Kind::Output, {file.string(), 0, 0, {}}, what + ": " + std::strerror(error));
}

void remove_quietly(const std::vector<fs::path>& files) {
    for (const auto& f : files) {
        std::error_code ignored;
        fs::remove(f, ignored);
    }
}

// Writes all of `bytes` to a new file and forces them to the disk, so that the rename that
// follows can never put an empty or short file in place, even after a power cut.
void write_temporary(const fs::path& file, const fs::path& temporary, const std::string& bytes) {
    std::error_code ec;
    const fs::path dir = folder_of(file);
    fs::create_directories(dir, ec);
    if (ec) throw Error(Error::Kind::Output, {dir.string(), 0, 0, {}}, "cannot create the folder: " + ec.message());
    if (fs::is_directory(file, ec))
        throw Error(Error::Kind::Output, {file.string(), 0, 0, {}}, "cannot write the file: a folder has that name");
    FileDescriptor fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
    if (fd.get() < 0) fail(file, "cannot write the file", errno);
    for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(file, "cannot write the file", n < 0 ? errno : ENOSPC);
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) fail(file, "cannot write the file", errno);
    if (fd.close() != 0) fail(file, "cannot write the file", errno);
}

// Makes a rename durable. Best effort: a folder that cannot be opened or synced (some network
// file systems) still has the complete file under its name.
void sync_folder(const fs::path& dir) {
    FileDescriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0) ::fsync(fd.get());
}

}  // namespace

StagedFiles::~StagedFiles() { discard(); }

StagedFiles::StagedFiles(StagedFiles&& other) noexcept
    : files_(std::move(other.files_)), created_folders_(std::move(other.created_folders_)) {
    other.files_.clear();
    other.created_folders_.clear();
}

StagedFiles& StagedFiles::operator=(StagedFiles&& other) noexcept {
    if (this != &other) {
        discard();
        files_ = std::move(other.files_);
        created_folders_ = std::move(other.created_folders_);
        other.files_.clear();
        other.created_folders_.clear();
    }
    return *this;
}

void StagedFiles::discard() noexcept {
    for (const auto& [target, temporary] : files_) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
    }
    files_.clear();
    // Deepest first; a folder that holds anything else (another run's files) stays.
    std::sort(created_folders_.begin(), created_folders_.end(),
              [](const fs::path& a, const fs::path& b) { return a.native().size() > b.native().size(); });
    for (const auto& folder : created_folders_) {
        std::error_code ignored;
        if (fs::is_empty(folder, ignored)) fs::remove(folder, ignored);
    }
    created_folders_.clear();
}

void StagedFiles::add(const fs::path& file, const std::string& bytes) {
    // The folders this file's write will make, so that a batch that fails can take them away.
    std::error_code ec;
    for (fs::path folder = folder_of(file); !folder.empty() && !fs::exists(folder, ec);
         folder = folder.has_parent_path() && folder.parent_path() != folder ? folder.parent_path() : fs::path())
        created_folders_.push_back(folder);
    const fs::path temporary = temporary_for(file);
    try {
        write_temporary(file, temporary, bytes);
    } catch (...) {
        remove_quietly({temporary});
        throw;
    }
    files_.emplace_back(file, temporary);
}

void StagedFiles::append(StagedFiles&& other) {
    files_.insert(files_.end(), other.files_.begin(), other.files_.end());
    created_folders_.insert(created_folders_.end(), other.created_folders_.begin(), other.created_folders_.end());
    other.files_.clear();
    other.created_folders_.clear();
}

void StagedFiles::commit() {
    std::set<fs::path> folders;
    for (std::size_t i = 0; i < files_.size(); ++i) {
        std::error_code ec;
        fs::rename(files_[i].second, files_[i].first, ec);
        if (ec) {
            const fs::path failed = files_[i].first;
            files_.erase(files_.begin(), files_.begin() + static_cast<std::ptrdiff_t>(i));
            for (const auto& folder : folders) sync_folder(folder);
            throw Error(Error::Kind::Output, {failed.string(), 0, 0, {}}, "cannot write the file: " + ec.message());
        }
        folders.insert(folder_of(files_[i].first));
    }
    files_.clear();
    created_folders_.clear();
    // One sync per folder makes every rename in it durable.
    for (const auto& folder : folders) sync_folder(folder);
}

void write_files_atomically(const std::vector<std::pair<fs::path, std::string>>& files) {
    // Every file is written in full under a temporary name first; only when all of them are
    // there are they renamed into place. A failure before that leaves nothing behind.
    StagedFiles staged;
    for (const auto& [file, bytes] : files) staged.add(file, bytes);
    staged.commit();
}

void write_file_atomically(const fs::path& file, const std::string& bytes) { write_files_atomically({{file, bytes}}); }

}  // namespace kansli
