// The folder a published site lives in, written whole or not at all, and never losing a file
// Kansli did not make.
//
// A publish builds the next site beside the current one (a hidden folder, ".NAME.kansli-publish-PID"):
// its own new files, written and synced, and every other file of the current site hard-linked
// in — the meetings it keeps and everything a person put there. The two folders then trade
// places in one atomic rename (renameat2 RENAME_EXCHANGE), so a reader, or a kill at any moment,
// sees the old site or the new one, never a mix. The old folder is then emptied of what Kansli
// made and what was carried over; a file that appeared in it meanwhile is moved into the new site.
// What a killed publish leaves beside the site is finished the same way by the next one.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "meeting_render.hpp"
#include "site_record.hpp"

namespace kansli::cli {

class SiteFolder {
public:
    // The site at `out`, or where it will be. A link is followed: the folder it names is updated
    // and the link kept. Locks the folder that holds the site against another publish until this
    // object goes, and finishes what a killed publish left there. Throws Error(Kind::Output) when
    // `out` is a file, a folder with files but no record (not a site Kansli made), or a site whose
    // record is damaged.
    explicit SiteFolder(const std::filesystem::path& out);
    // Where the site at `out` is, links followed, without touching anything.
    static std::filesystem::path resolve(const std::filesystem::path& out);
    ~SiteFolder();
    SiteFolder(const SiteFolder&) = delete;
    SiteFolder& operator=(const SiteFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }  // links followed
    const std::optional<SiteRecord>& record() const { return record_; }

    struct Replaced {
        std::size_t written = 0;         // files whose bytes changed (the rest were carried over)
        std::vector<std::string> notes;  // for the user: leftovers that could not be cleared away
    };
    // Makes the site `next`: `files` written (or carried over where their bytes did not change),
    // every other file `next` lists carried over from the current site, the current site's files
    // that `next` does not list left out, and every file Kansli did not make kept. Throws
    // Error(Kind::Output), the site unchanged, when a file to write would replace or pass through
    // something Kansli did not make, or when a file to keep is gone.
    Replaced replace(const SiteRecord& next, const std::map<std::string, SiteFile>& files);

private:
    std::filesystem::path path_;
    std::optional<SiteRecord> record_;
    int lock_fd_ = -1;  // the parent folder, flock()ed
    std::vector<std::string> notes_;
};

}  // namespace kansli::cli
