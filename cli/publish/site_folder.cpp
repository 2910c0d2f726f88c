#include "site_folder.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <string_view>

#include "kansli/error.hpp"
#include "posix_files.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;

namespace {

// What an earlier version of publish left in a site it wrote (it replaced the whole folder).
constexpr const char* kOldMarker = ".kansli-site";
// The record is written under this name first, so a folder holds a complete record or none.
const std::string kPartialRecord = std::string(kRecordFile) + ".partial";

[[noreturn]] void output_error(const fs::path& where, const std::string& message) {
    throw Error(Error::Kind::Output, {where.string(), 0, 0, {}}, message);
}

[[noreturn]] void os_error(const fs::path& where, const std::string& what, int error) {
    output_error(where, what + ": " + std::strerror(error));
}

std::optional<struct stat> lstat_of(const fs::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) return std::nullopt;
        os_error(path, "cannot read", errno);
    }
    return info;
}

// ".site.kansli-publish-": what the folders a publish builds beside the site "site" start with.
std::string leftover_prefix(const fs::path& site) { return "." + site.filename().string() + ".kansli-publish-"; }

// A folder a publish of `site` built: the prefix, a process id, and "-old" for the old site the
// fallback moved aside. Nothing else is taken for one, whatever its name starts with.
bool is_leftover(const std::string& name, const fs::path& site) {
    const std::string prefix = leftover_prefix(site);
    if (!name.starts_with(prefix)) return false;
    std::string_view pid = std::string_view(name).substr(prefix.size());
    if (pid.ends_with("-old")) pid.remove_suffix(4);
    return !pid.empty() && pid.find_first_not_of("0123456789") == std::string_view::npos;
}

// Every entry below `root`, links not followed, parents before their contents.
std::vector<std::string> entries_below(const fs::path& root) {
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        out.push_back(it->path().lexically_relative(root).generic_string());
    if (ec) os_error(root, "cannot read the folder", ec.value());
    return out;
}

// Makes `folder` (inside `root`) and the folders above it, each one a real folder.
void make_folders(const fs::path& root, const fs::path& folder) {
    fs::path at = root;
    for (const auto& part : folder) {
        at /= part;
        if (::mkdir(at.c_str(), 0777) == 0) continue;
        if (errno != EEXIST) os_error(at, "cannot create the folder", errno);
        const auto info = lstat_of(at);
        if (!info || !S_ISDIR(info->st_mode)) output_error(at, "is not a folder");
    }
}

// Gives a folder the permissions (and, for root, the owner) of the one it stands in for.
void copy_folder_attributes(const fs::path& folder, const struct stat& like) {
    if (::geteuid() == 0 && ::chown(folder.c_str(), like.st_uid, like.st_gid) != 0)
        os_error(folder, "cannot set the owner", errno);
    if (::chmod(folder.c_str(), like.st_mode & 07777) != 0) os_error(folder, "cannot set the permissions", errno);
}

// Puts `from` (a file, link, pipe …) at `to` as the same file: a hard link; where the file
// system or its rules refuse one, a copy of a regular file or of a link.
void carry(const fs::path& from, const fs::path& to, const struct stat& info) {
    if (::link(from.c_str(), to.c_str()) == 0) return;
    const int error = errno;
    if (S_ISLNK(info.st_mode)) {
        std::error_code ec;
        fs::create_symlink(fs::read_symlink(from), to, ec);
        if (ec) os_error(to, "cannot carry over the link", ec.value());
    } else if (S_ISREG(info.st_mode)) {
        try {
            copy_new_file(from, to);
        } catch (const Error& e) {
            output_error(from, "cannot carry over the file: " + e.message());
        }
        ::chmod(to.c_str(), info.st_mode & 07777);
    } else {
        os_error(from, "cannot carry over this special file", error);
    }
}

// renameat2 exchanges two names atomically (Linux 3.15; ext4, xfs, btrfs, tmpfs …); where the
// file system cannot, 0 is returned for the caller's fallback.
bool exchange(const fs::path& a, const fs::path& b) {
    if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return true;
    if (errno == EINVAL || errno == ENOSYS) return false;
    os_error(b, "cannot put the new site in place", errno);
}

// Empties a folder that held a site (or a publish's work in progress): removes what Kansli
// made (its record says which) and what the live site has too (carried over: the same file,
// or the same bytes); moves anything else into the live site where that name is free; keeps the
// rest. The record goes last, so a kill on the way leaves a folder this can finish.
void clear_away(const fs::path& folder, const fs::path& live, std::vector<std::string>& notes) {
    std::set<std::string> made;
    bool has_record = false;
    if (lstat_of(folder / kRecordFile)) {
        try {
            made = read_record(folder / kRecordFile).files_made();
            has_record = true;
        } catch (const Error&) {
            notes.push_back("kept " + folder.string() +
                            ": its record is damaged, so what Kansli made in it is unknown");
            return;
        }
    }
    const std::optional<struct stat> live_info = lstat_of(live);
    std::vector<std::string> entries = entries_below(folder);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {  // contents before their folders
        const std::string& path = *it;
        if (path == kRecordFile && has_record) continue;
        const fs::path here = folder / path;
        const auto info = lstat_of(here);
        if (!info) continue;
        if (S_ISDIR(info->st_mode)) {
            ::rmdir(here.c_str());  // kept when not empty
            continue;
        }
        const fs::path there = live / path;
        const auto there_info = live_info ? lstat_of(there) : std::nullopt;
        const bool same_file = there_info && there_info->st_dev == info->st_dev && there_info->st_ino == info->st_ino;
        const bool copy =
            there_info && S_ISREG(there_info->st_mode) && S_ISREG(info->st_mode) && same_bytes(here, there);
        if (made.count(path) != 0 || path == kPartialRecord || same_file || copy) {
            if (::unlink(here.c_str()) != 0) os_error(here, "cannot remove", errno);
        } else if (live_info && !there_info) {
            // A file that appeared while the site was published: it belongs in the site.
            try {
                make_folders(live, fs::path(path).parent_path());
                if (::renameat2(AT_FDCWD, here.c_str(), AT_FDCWD, there.c_str(), RENAME_NOREPLACE) != 0)
                    os_error(there, "cannot move", errno);
            } catch (const Error& e) {
                notes.push_back("kept " + here.string() + ": " + e.message());
            }
        }
    }
    if (has_record) ::unlink((folder / kRecordFile).c_str());
    if (::rmdir(folder.c_str()) != 0 && errno != ENOENT)
        notes.push_back("kept " + folder.string() + ": it holds files that are in no site (" + std::strerror(errno) +
                        "); look at them and remove the folder");
}

}  // namespace

fs::path SiteFolder::resolve(const fs::path& out) {
    if (out.empty()) throw Error(Error::Kind::Usage, {}, "--out needs a folder");
    fs::path given = fs::absolute(out).lexically_normal();
    if (!given.has_filename()) given = given.parent_path();
    std::error_code ec;
    if (fs::is_symlink(given, ec) && !fs::exists(given, ec))
        output_error(given, "is a link to " + fs::read_symlink(given, ec).string() + ", which does not exist");
    fs::path resolved = fs::weakly_canonical(given, ec);
    if (ec) os_error(given, "cannot follow the path", ec.value());
    return resolved;
}

SiteFolder::SiteFolder(const fs::path& out) : path_(resolve(out)) {
    std::error_code ec;
    const fs::path parent = path_.parent_path();
    const auto info = lstat_of(path_);
    if (info && !S_ISDIR(info->st_mode)) output_error(path_, "exists and is not a folder");
    const auto parent_info = lstat_of(parent);
    if (info && parent_info && info->st_dev != parent_info->st_dev)
        output_error(path_,
                     "is a mount point: publish needs to build the next site beside it, on the same file "
                     "system; publish into a folder inside it");

    // One publish at a time for the sites in this folder: flock on the folder itself (or, before
    // it exists, the nearest one above it), released with the descriptor, so a killed publish
    // never leaves a stale lock (some network file systems do not lock; two publishes at once
    // there are the user's to avoid). Nothing is created before the site is written.
    fs::path locked = parent;
    while (!fs::is_directory(locked, ec) && locked.has_relative_path()) locked = locked.parent_path();
    lock_fd_ = ::open(locked.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lock_fd_ < 0) os_error(locked, "cannot open the folder", errno);
    while (::flock(lock_fd_, LOCK_EX) != 0 && errno == EINTR) {
    }

    // What a killed publish left: the folder it built, or the old site it had traded places with.
    std::vector<fs::path> leftovers;
    if (locked == parent)
        for (const auto& entry : fs::directory_iterator(parent, ec))
            if (is_leftover(entry.path().filename().string(), path_)) leftovers.push_back(entry.path());
    std::sort(leftovers.begin(), leftovers.end());
    for (const fs::path& leftover : leftovers) {
        if (!lstat_of(path_) && leftover.string().ends_with("-old")) {
            // Killed between the two renames of the fallback below: the old site goes back.
            if (::rename(leftover.c_str(), path_.c_str()) != 0) os_error(path_, "cannot restore the site", errno);
            continue;
        }
        clear_away(leftover, path_, notes_);
    }

    if (!lstat_of(path_)) return;
    if (lstat_of(path_ / kRecordFile)) {
        record_ = read_record(path_ / kRecordFile);
    } else if (lstat_of(path_ / kOldMarker)) {
        output_error(path_,
                     "was written by an earlier version of kansli publish, which kept no record of its "
                     "meetings; move it aside and publish its meetings again");
    } else if (!fs::is_empty(path_, ec) || ec) {
        output_error(path_, std::string("is not empty and is not a site kansli publish made (it has no ") +
                                kRecordFile + "); refusing to write into it");
    }
}

SiteFolder::~SiteFolder() {
    if (lock_fd_ >= 0) ::close(lock_fd_);
}

SiteFolder::Replaced SiteFolder::replace(const SiteRecord& next, const std::map<std::string, SiteFile>& files) {
    const std::set<std::string> made_now = record_ ? record_->files_made() : std::set<std::string>{};
    const std::set<std::string> made_next = next.files_made();

    // First, everything that would stop the publish, while nothing is changed yet.
    for (const std::string& path : made_next) {
        if (path == kRecordFile) continue;
        fs::path at = path_;
        for (const auto& part : fs::path(path).parent_path()) {
            at /= part;
            const auto info = lstat_of(at);
            if (info && !S_ISDIR(info->st_mode))
                output_error(at, "is in the way of " + path +
                                     ": a file or link kansli publish did not make; refusing to write through it");
        }
        const auto info = lstat_of(path_ / path);
        const bool ours = made_now.count(path) != 0;
        if (info && (!ours || !S_ISREG(info->st_mode)))
            output_error(path_ / path, "exists and was not made by kansli publish; refusing to replace it");
        if (files.count(path) == 0 && (!info || !ours))
            output_error(path_ / path,
                         "the site's record lists this file, but it is gone; publish its meeting again "
                         "(or remove the meeting with kansli unpublish)");
    }

    const fs::path stage = path_.parent_path() / (leftover_prefix(path_) + std::to_string(::getpid()));
    const auto current = lstat_of(path_);
    std::error_code ec;
    fs::create_directories(path_.parent_path(), ec);
    if (ec) os_error(path_.parent_path(), "cannot create the folder", ec.value());
    bool in_place = false;
    std::size_t written = 0;
    try {
        if (::mkdir(stage.c_str(), 0777) != 0) os_error(stage, "cannot create the folder", errno);
        if (current) copy_folder_attributes(stage, *current);
        write_new_file(stage / kPartialRecord, record_json(next));
        if (::rename((stage / kPartialRecord).c_str(), (stage / kRecordFile).c_str()) != 0)
            os_error(stage / kRecordFile, "cannot write the file", errno);

        std::vector<std::string> folders = {""};
        if (current) {
            for (const std::string& path : entries_below(path_)) {
                if (path == kRecordFile) continue;
                const fs::path from = path_ / path;
                const auto info = lstat_of(from);
                if (!info) continue;
                if (S_ISDIR(info->st_mode)) {
                    if (info->st_dev != current->st_dev)
                        output_error(from, "is a mount point inside the site; the site cannot be replaced atomically");
                    if (::mkdir((stage / path).c_str(), 0777) != 0) os_error(stage / path, "cannot create", errno);
                    copy_folder_attributes(stage / path, *info);
                    folders.push_back(path);
                } else if (made_now.count(path) == 0 || (made_next.count(path) != 0 && files.count(path) == 0)) {
                    carry(from, stage / path, *info);  // a person's file, or a meeting's the site keeps
                }
            }
        }
        for (const auto& [path, file] : files) {
            const fs::path folder = fs::path(path).parent_path();
            make_folders(stage, folder);
            for (fs::path f = folder; !f.empty(); f = f.parent_path()) folders.push_back(f.generic_string());
            // A file that comes out as it was stays the same file (its date and inode too, which
            // web caches go by), and costs no write.
            const fs::path now = path_ / path;
            const auto info = made_now.count(path) != 0 ? lstat_of(now) : std::nullopt;
            if (info && S_ISREG(info->st_mode) &&
                (file.copy_from.empty() ? holds(now, file.bytes) : same_bytes(file.copy_from, now))) {
                carry(now, stage / path, *info);
                continue;
            }
            if (file.copy_from.empty())
                write_new_file(stage / path, file.bytes);
            else
                copy_new_file(file.copy_from, stage / path);
            ++written;
        }
        // Folders Kansli made for files the site no longer has go with them (a person's stay).
        std::set<std::string> needed, emptied;
        for (const auto& [made, ones] : {std::pair{&made_next, &needed}, std::pair{&made_now, &emptied}})
            for (const std::string& path : *made)
                for (fs::path f = fs::path(path).parent_path(); !f.empty(); f = f.parent_path())
                    ones->insert(f.generic_string());
        std::sort(folders.begin(), folders.end());
        folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
        std::vector<std::string> kept;  // deepest first
        for (auto it = folders.rbegin(); it != folders.rend(); ++it)
            if (emptied.count(*it) == 0 || needed.count(*it) != 0 || ::rmdir((stage / *it).c_str()) != 0)
                kept.push_back(*it);
        // Every name in the new site durable before the site is put in place.
        for (const std::string& folder : kept) sync_folder(stage / folder);

        if (!current) {
            if (::renameat2(AT_FDCWD, stage.c_str(), AT_FDCWD, path_.c_str(), RENAME_NOREPLACE) != 0 &&
                (errno != EINVAL || ::rename(stage.c_str(), path_.c_str()) != 0))
                os_error(path_, "cannot put the new site in place", errno);
        } else if (!exchange(stage, path_)) {
            // Two renames: a kill between them leaves the old site beside its place, and the next
            // publish puts it back.
            const fs::path old = fs::path(stage.string() + "-old");
            if (::rename(path_.c_str(), old.c_str()) != 0) os_error(path_, "cannot move the old site aside", errno);
            if (::rename(stage.c_str(), path_.c_str()) != 0) {
                const int error = errno;
                ::rename(old.c_str(), path_.c_str());
                os_error(path_, "cannot put the new site in place", error);
            }
            ::rename(old.c_str(), stage.c_str());
        }
        in_place = true;
        sync_folder(path_.parent_path());
    } catch (...) {
        // The folder built so far is Kansli's own files and links to the site's: it goes. Once the
        // new site is in place, that name holds the old one, which clear_away empties with care.
        std::error_code ignored;
        if (!in_place) fs::remove_all(stage, ignored);
        throw;
    }
    record_ = next;
    if (current) clear_away(stage, path_, notes_);
    return {written + 1, std::move(notes_)};  // and the record
}

}  // namespace kansli::cli
